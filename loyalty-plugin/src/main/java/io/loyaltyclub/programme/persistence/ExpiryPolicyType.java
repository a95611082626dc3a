package io.loyaltyclub.programme.persistence;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices of {@link ExpiryPolicy} as a Broadleaf enumeration, for the admin's drop-down.
 * The stored value is the {@link ExpiryPolicy} name.
 */
public class ExpiryPolicyType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ExpiryPolicyType> TYPES = new LinkedHashMap<String, ExpiryPolicyType>();

    public static final ExpiryPolicyType NEVER = new ExpiryPolicyType(ExpiryPolicy.NEVER, "Never");
    public static final ExpiryPolicyType MONTHS_AFTER_EARNING =
            new ExpiryPolicyType(ExpiryPolicy.MONTHS_AFTER_EARNING, "A number of months after earning");
    public static final ExpiryPolicyType END_OF_FOLLOWING_YEAR =
            new ExpiryPolicyType(ExpiryPolicy.END_OF_FOLLOWING_YEAR, "At the end of the year after earning");

    private String type;
    private String friendlyType;

    /** For Broadleaf's reflection. */
    public ExpiryPolicyType() {
    }

    private ExpiryPolicyType(ExpiryPolicy policy, String friendlyType) {
        this.type = policy.name();
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static ExpiryPolicyType getInstance(String type) {
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
        return o instanceof ExpiryPolicyType && type != null && type.equals(((ExpiryPolicyType) o).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
