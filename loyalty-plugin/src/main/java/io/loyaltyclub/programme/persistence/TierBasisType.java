package io.loyaltyclub.programme.persistence;

import io.loyaltyclub.tier.domain.QualificationBasis;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices of {@link QualificationBasis} as a Broadleaf enumeration, for the admin's drop-down.
 * The stored value is the {@link QualificationBasis} name.
 */
public class TierBasisType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, TierBasisType> TYPES = new LinkedHashMap<String, TierBasisType>();

    public static final TierBasisType POINTS_EARNED = new TierBasisType(QualificationBasis.POINTS_EARNED, "Points earned");
    public static final TierBasisType MONEY_SPENT = new TierBasisType(QualificationBasis.MONEY_SPENT, "Money spent");

    private String type;
    private String friendlyType;

    /** For Broadleaf's reflection. */
    public TierBasisType() {
    }

    private TierBasisType(QualificationBasis policy, String friendlyType) {
        this.type = policy.name();
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static TierBasisType getInstance(String type) {
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
        return o instanceof TierBasisType && type != null && type.equals(((TierBasisType) o).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
