package io.loyaltyclub.referral.web;

/** Where a referral link points: {@code /r/{code}} of the storefront. */
public final class ReferralLinkPaths {

    public static final String PREFIX = "/r/";

    private ReferralLinkPaths() {
    }

    public static String of(String code) {
        return PREFIX + code;
    }
}
