package io.loyaltyclub.referral.service;

/** The member whose referral link a visitor followed, as the landing page shows them. */
public final class Advocate {

    private final long accountId;
    private final long customerId;
    private final String code;
    private final String firstName;

    public Advocate(long accountId, long customerId, String code, String firstName) {
        this.accountId = accountId;
        this.customerId = customerId;
        this.code = code;
        this.firstName = firstName;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCode() {
        return code;
    }

    /** The advocate's first name, or null when the account has none. */
    public String getFirstName() {
        return firstName;
    }
}
