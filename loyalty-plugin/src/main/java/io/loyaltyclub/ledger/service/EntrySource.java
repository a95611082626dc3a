package io.loyaltyclub.ledger.service;

import io.loyaltyclub.ledger.domain.EntryReason;

/** Why a posting happens and what it is about: the descriptive part of a ledger entry. */
public final class EntrySource {

    private final EntryReason reason;
    private final String reference;
    private final Long orderId;
    private final String note;
    private final String adminUser;

    private EntrySource(EntryReason reason, String reference, Long orderId, String note, String adminUser) {
        if (reason == null) {
            throw new IllegalArgumentException("Every entry has a reason");
        }
        this.reason = reason;
        this.reference = clip(reference, 255);
        this.orderId = orderId;
        this.note = clip(note, 1000);
        this.adminUser = clip(adminUser, 255);
    }

    public static EntrySource of(EntryReason reason) {
        return new EntrySource(reason, null, null, null, null);
    }

    /** About a Broadleaf order: its id, and its number as shoppers know it. */
    public static EntrySource order(EntryReason reason, Long orderId, String orderNumber) {
        return new EntrySource(reason, orderNumber, orderId, null, null);
    }

    /** An admin's correction: who made it and why (required). */
    public static EntrySource admin(String adminUser, String note) {
        if (note == null || note.trim().isEmpty()) {
            throw new IllegalArgumentException("An adjustment needs a note saying why");
        }
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new IllegalArgumentException("An adjustment records the admin user who made it");
        }
        return new EntrySource(EntryReason.ADMIN, null, null, note.trim(), adminUser);
    }

    /** Earned or spent at a partner: the partner's description and reference. */
    public static EntrySource partner(String description, String reference) {
        return new EntrySource(EntryReason.PARTNER, reference, null, description, null);
    }

    /** The reward for reaching a tier: the tier's name as the reference. */
    public static EntrySource tierReached(String tierName) {
        return new EntrySource(EntryReason.TIER_REACHED, tierName, null, null, null);
    }

    /** A referral reward (REFERRAL_FRIEND or REFERRAL_ADVOCATE): the other person's first name as the reference. */
    public static EntrySource referral(EntryReason reason, String reference) {
        if (reason != EntryReason.REFERRAL_FRIEND && reason != EntryReason.REFERRAL_ADVOCATE) {
            throw new IllegalArgumentException("A referral reward is REFERRAL_FRIEND or REFERRAL_ADVOCATE, not " + reason);
        }
        return new EntrySource(reason, reference, null, null, null);
    }

    /** A reward for something the member did (an action), with what it was about as the reference. */
    public static EntrySource action(EntryReason reason, String reference) {
        return new EntrySource(reason, reference, null, null, null);
    }

    /** Points exchanged for a reward of the catalogue: the reward's name as the reference. */
    public static EntrySource reward(String rewardName) {
        return new EntrySource(EntryReason.REWARD, rewardName, null, null, null);
    }

    public EntrySource withNote(String text) {
        return new EntrySource(reason, reference, orderId, text, adminUser);
    }

    public EntryReason getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getNote() {
        return note;
    }

    public String getAdminUser() {
        return adminUser;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
