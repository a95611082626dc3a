package io.loyaltyclub.share.service;

import java.util.Locale;

/**
 * Who a shared link brought, as far as the shop knows them: a customer (registered or a guest at checkout) and their
 * e-mail address. Rewards are once per visitor and sharer: a registered visitor is known by their customer, a guest
 * buyer by their e-mail address, so registering and then buying, or buying twice, pays the sharer once.
 */
public final class ShareVisitor {

    private final Long customerId;
    private final boolean registered;
    private final String email;

    public ShareVisitor(Long customerId, boolean registered, String email) {
        this.customerId = customerId;
        this.registered = registered;
        this.email = normalised(email);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getEmail() {
        return email;
    }

    /** The occurrence of the sharer's reward for this visitor; null when the visitor cannot be told apart. */
    public String occurrence() {
        if (registered && customerId != null) {
            return "customer:" + customerId;
        }
        if (email != null) {
            return "email:" + (email.length() > 140 ? email.substring(0, 140) : email);
        }
        return customerId == null ? null : "customer:" + customerId;
    }

    /** Whether this visitor is the sharer themselves (the same customer or the same e-mail address). */
    public boolean isSameAs(Long sharerCustomerId, String sharerEmail) {
        if (customerId != null && customerId.equals(sharerCustomerId)) {
            return true;
        }
        String theirs = normalised(sharerEmail);
        return email != null && email.equals(theirs);
    }

    static String normalised(String email) {
        if (email == null || email.trim().isEmpty()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
