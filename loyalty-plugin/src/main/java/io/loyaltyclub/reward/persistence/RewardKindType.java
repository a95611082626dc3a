package io.loyaltyclub.reward.persistence;

import io.loyaltyclub.reward.domain.RewardKind;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The choices of {@link RewardKind} as a Broadleaf enumeration, for the admin's drop-down. */
public class RewardKindType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, RewardKindType> TYPES = new LinkedHashMap<String, RewardKindType>();

    public static final RewardKindType AMOUNT_OFF = new RewardKindType(RewardKind.AMOUNT_OFF, "Coupon: amount off an order");
    public static final RewardKindType PERCENT_OFF = new RewardKindType(RewardKind.PERCENT_OFF, "Coupon: percent off an order");
    public static final RewardKindType FREE_SHIPPING = new RewardKindType(RewardKind.FREE_SHIPPING, "Coupon: free shipping");
    public static final RewardKindType FREE_PRODUCT = new RewardKindType(RewardKind.FREE_PRODUCT, "Coupon: a free product");
    public static final RewardKindType EVENT_INVITATION =
            new RewardKindType(RewardKind.EVENT_INVITATION, "Invitation to a members' event");

    private String type;
    private String friendlyType;

    /** For Broadleaf's reflection. */
    public RewardKindType() {
    }

    private RewardKindType(RewardKind kind, String friendlyType) {
        this.type = kind.name();
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static RewardKindType getInstance(String type) {
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
        return o instanceof RewardKindType && type != null && type.equals(((RewardKindType) o).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
