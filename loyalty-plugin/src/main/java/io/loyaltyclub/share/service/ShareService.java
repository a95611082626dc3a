package io.loyaltyclub.share.service;

import io.loyaltyclub.action.service.ActionGrantResult;
import io.loyaltyclub.share.persistence.ShareLinkImpl;

/**
 * Product share links: a member's link to a product ({@code ?shared=<token>}); a visitor who follows it is
 * remembered (the storefront's cookie) and, when they register or order, the sharer gets the SHARE action reward,
 * once per visitor, never for their own visits or orders.
 */
public interface ShareService {

    /** The member's link to the product, made on first use (the same link every time after). */
    ShareLinkImpl linkFor(long accountId, long productId);

    /** The member's link to the product, or null when they never shared it. */
    ShareLinkImpl existingLink(long accountId, long productId);

    ShareLinkImpl findByToken(String token);

    /**
     * Someone followed a link: counts the visit and answers whether the visitor is to be remembered (a known link,
     * followed by somebody other than its member).
     *
     * @param visitorCustomerId the signed-in customer following it, or null for a guest
     */
    boolean followed(String token, Long visitorCustomerId);

    /** A visitor the link brought registered: the sharer's reward (null when the link is unknown or theirs). */
    ActionGrantResult registered(String token, ShareVisitor visitor);

    /**
     * A visitor the link brought placed an order: the sharer's reward, pending for the programme's pending days
     * (null when the link is unknown or the order is the sharer's own).
     */
    ActionGrantResult ordered(String token, ShareVisitor visitor, long orderId);

    /** The checkout of that order failed after all: its reward is taken back. */
    boolean orderFailed(String token, ShareVisitor visitor);
}
