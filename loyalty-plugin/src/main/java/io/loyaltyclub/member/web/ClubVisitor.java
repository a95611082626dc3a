package io.loyaltyclub.member.web;

import io.loyaltyclub.platform.web.StorefrontPaths;
import io.loyaltyclub.member.service.MembershipService;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * Who is looking at the club page, for its join section: a guest (sign in or register first), a customer who
 * can join now, or a member (links to the members' area).
 */
public final class ClubVisitor {

    private final boolean guest;
    private final boolean member;
    private final String loginUrl;
    private final String registerUrl;

    private ClubVisitor(boolean guest, boolean member, String loginUrl, String registerUrl) {
        this.guest = guest;
        this.member = member;
        this.loginUrl = loginUrl;
        this.registerUrl = registerUrl;
    }

    public static ClubVisitor guest(StorefrontPaths links, String returnTo) {
        return new ClubVisitor(true, false, links.login(returnTo), links.register(returnTo));
    }

    public static ClubVisitor customer() {
        return new ClubVisitor(false, false, null, null);
    }

    public static ClubVisitor member() {
        return new ClubVisitor(false, true, null, null);
    }

    public boolean isGuest() {
        return guest;
    }

    public boolean isMember() {
        return member;
    }

    /** True for a signed-in customer who is not a member yet. */
    public boolean isCanJoin() {
        return !guest && !member;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public String getRegisterUrl() {
        return registerUrl;
    }

    /** The visitor of the current request. */
    public static ClubVisitor current(MembershipService memberships, StorefrontPaths links,
                                      String returnTo) {
        Customer customer = StorefrontCustomer.signedIn();
        if (customer == null) {
            return guest(links, returnTo);
        }
        return memberships.findByCustomer(customer.getId()) != null ? member() : customer();
    }
}
