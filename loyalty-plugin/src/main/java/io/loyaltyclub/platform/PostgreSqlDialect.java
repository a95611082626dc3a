package io.loyaltyclub.platform;

import org.hibernate.dialect.PostgreSQL82Dialect;
import org.hibernate.type.descriptor.sql.LongVarcharTypeDescriptor;
import org.hibernate.type.descriptor.sql.SqlTypeDescriptor;

import java.sql.Types;

/**
 * PostgreSQL dialect for Broadleaf 3.1 sites. A standard JPA {@code @Lob String} (like the club terms) is a
 * {@code text} column on PostgreSQL, but Hibernate 4.1's PostgreSQL dialects read it with
 * {@code ResultSet.getClob}, which treats the text as a large-object id: outside a transaction (as a
 * storefront page reads) it fails with "Large Objects may not be used in auto-commit mode". This dialect
 * reads and writes such columns as plain strings. (Broadleaf's own long texts use Hibernate's
 * {@code StringClobType}, which reads a character stream and works with either dialect.)
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
