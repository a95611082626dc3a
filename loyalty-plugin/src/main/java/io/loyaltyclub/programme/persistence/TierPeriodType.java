package io.loyaltyclub.programme.persistence;

import io.loyaltyclub.tier.domain.QualificationPeriod;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices of {@link QualificationPeriod} as a Broadleaf enumeration, for the admin's drop-down.
 * The stored value is the {@link QualificationPeriod} name.
 */
public class TierPeriodType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, TierPeriodType> TYPES = new LinkedHashMap<String, TierPeriodType>();

    public static final TierPeriodType ROLLING_12_MONTHS = new TierPeriodType(QualificationPeriod.ROLLING_12_MONTHS, "The last 12 months (rolling)");
    public static final TierPeriodType CALENDAR_YEAR = new TierPeriodType(QualificationPeriod.CALENDAR_YEAR, "The calendar year");

    private String type;
    private String friendlyType;

    /** For Broadleaf's reflection. */
    public TierPeriodType() {
    }

    private TierPeriodType(QualificationPeriod policy, String friendlyType) {
        this.type = policy.name();
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static TierPeriodType getInstance(String type) {
        return TYPES.get(type);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierPeriodType && type != null && type.equals(((TierPeriodType) o).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
