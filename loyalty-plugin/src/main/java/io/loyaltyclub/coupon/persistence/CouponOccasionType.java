package io.loyaltyclub.coupon.persistence;

import io.loyaltyclub.coupon.domain.CouponOccasion;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The choices of {@link CouponOccasion} as a Broadleaf enumeration, for the admin's drop-down. */
public class CouponOccasionType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, CouponOccasionType> TYPES = new LinkedHashMap<String, CouponOccasionType>();

    public static final CouponOccasionType JOINING = new CouponOccasionType(CouponOccasion.JOINING, "On joining the club");
    public static final CouponOccasionType TIER_REACHED =
            new CouponOccasionType(CouponOccasion.TIER_REACHED, "On reaching the tier");
    public static final CouponOccasionType SALE_DAY = new CouponOccasionType(CouponOccasion.SALE_DAY, "For a sale day");

    private String type;
    private String friendlyType;

    /** For Broadleaf's reflection. */
    public CouponOccasionType() {
    }

    private CouponOccasionType(CouponOccasion occasion, String friendlyType) {
        this.type = occasion.name();
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static CouponOccasionType getInstance(String type) {
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
        return o instanceof CouponOccasionType && type != null && type.equals(((CouponOccasionType) o).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
