package io.loyaltyclub.platform;

import org.hibernate.dialect.PostgreSQL82Dialect;
import org.hibernate.type.descriptor.sql.LongVarcharTypeDescriptor;
import org.hibernate.type.descriptor.sql.SqlTypeDescriptor;

import java.sql.Types;

/**
 * PostgreSQL dialect for Broadleaf 3.1. Broadleaf maps its long texts (offer rules, long descriptions,
 * translations, our club terms) as {@code @Lob} strings; PostgreSQL stores them in {@code text} columns,
 * but Hibernate's own PostgreSQL dialect reads them with {@code ResultSet.getClob}, which the PostgreSQL
 * driver refuses on {@code text}. This dialect reads and writes them as plain strings.
 *
 * <p>Use it as {@code blPU.hibernate.dialect} (and for {@code blSecurePU} and {@code blCMSStorage}).
 */
public class PostgreSqlDialect extends PostgreSQL82Dialect {

    @Override
    public SqlTypeDescriptor getSqlTypeDescriptorOverride(int sqlCode) {
        if (sqlCode == Types.CLOB) {
            return LongVarcharTypeDescriptor.INSTANCE;
        }
        return super.getSqlTypeDescriptorOverride(sqlCode);
    }
}
