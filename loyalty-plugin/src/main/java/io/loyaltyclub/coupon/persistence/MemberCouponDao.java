package io.loyaltyclub.coupon.persistence;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** Members' coupons, their rules and their uses. */
public interface MemberCouponDao {

    /** The active rules of an occasion (CouponOccasion name). */
    List<CouponRule> activeRules(String occasion);

    CouponRule findRule(long ruleId);

    MemberCouponImpl find(long ruleId, long accountId, String occasionKey);

    /** The member coupons of these Broadleaf offer codes. */
    List<MemberCouponImpl> findByOfferCodes(Collection<Long> offerCodeIds);

    /** Locks the coupon's row until the transaction ends (concurrent claims of one coupon queue up). */
    MemberCouponImpl lock(long memberCouponId);

    /** The member's coupons, newest first. */
    List<MemberCouponImpl> ofAccount(long accountId, int limit);

    /**
     * Uses that count against the coupon: orders Broadleaf has taken beyond the cart (submitted, or anything
     * after), and checkouts still running (claimed after {@code inFlightSince}), other than {@code exceptOrderId}.
     */
    long countUses(long memberCouponId, Long exceptOrderId, Date inFlightSince);

    CouponUseImpl findUse(long memberCouponId, long orderId);

    /** Removes the order's claims on coupons. */
    int releaseOrder(long orderId);

    /**
     * Active members without this rule's coupon for the occasion key, of the given tiers (null: any member), at
     * most {@code limit}.
     */
    List<Long> accountsWithout(long ruleId, String occasionKey, Collection<String> tierCodes, int limit);

    void persist(Object entity);

    void remove(Object entity);

    void flush();
}
