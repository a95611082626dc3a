package io.loyaltyclub.coupon.service;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.time.Instant;
import java.util.List;

/**
 * Coupons the club hands to members by itself (loyalty spec, section 7): single-use (unless the rule says otherwise)
 * Broadleaf offer codes bound to their member, issued on joining, on reaching a tier and for a sale day.
 */
public interface MemberCoupons {

    /** Issues the joining coupons of a new member, in the caller's transaction; at most once per rule. */
    void joined(LoyaltyAccount account, Instant now);

    /** Issues the coupons of a tier reached, in the caller's transaction; at most once per rule, member and tier. */
    void tierReached(LoyaltyAccount account, String tierCode, Instant now);

    /**
     * Issues today's sale-day coupons to members who have none yet, at most {@code limit} of them.
     *
     * @return how many coupons were issued (0: every invited member has theirs)
     */
    int issueSaleDayCoupons(Instant now, int limit);

    /**
     * Today's sale day (store time zone) for a storefront banner, as the shopper sees it: invited or not, and their
     * code once handed out; null when there is no sale day today. With several, the first rule's.
     */
    SaleDayNotice saleDayToday(Long customerId, Instant now);

    /** Forgets the sale-day rules the banner keeps for a few seconds (tests; an admin's change shows within 10 s). */
    void forget();

    /**
     * Issues the member a single-use code of {@code offer} for an occasion of the caller's own (a redeemed reward:
     * {@code reward:<redemption id>}), in the caller's transaction, valid from now to the end of the
     * {@code validDays}th day counting today. The code is bound to its member, listed among their coupons and claimed
     * at checkout like the codes of coupon rules.
     *
     * @return the code; the one issued before when the occasion has one already
     * @throws IllegalArgumentException when the offer is missing or archived, or the membership is not active
     */
    String issueCode(LoyaltyAccount account, Offer offer, String occasionKey, String title, String codePrefix,
                     int validDays, Instant now);

    /** The member's coupons with where they stand, newest first. */
    List<MemberCouponView> couponsOf(long accountId, Instant now);

    /**
     * Why this customer may not put the code on an order: the key of a storefront message, or null when they may
     * (a code that is no member's coupon, or the customer's own).
     */
    String refusalFor(OfferCode code, Customer customer);

    /** Takes the member coupons of other customers off the order; returns the codes taken off. */
    List<OfferCode> removeOthersCoupons(Order order);

    /**
     * Claims the order's member coupons for it (checkout): fails with
     * {@link org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException} when one has been
     * used up meanwhile, by another checkout. Claiming again for the same order changes nothing.
     */
    void claim(Order order);

    /** Gives back the order's claims (a checkout that failed after claiming). */
    void release(Order order);
}
