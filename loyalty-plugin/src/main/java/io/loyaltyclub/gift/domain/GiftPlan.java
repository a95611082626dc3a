package io.loyaltyclub.gift.domain;

import io.loyaltyclub.tier.domain.TierRequirement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which member gifts a cart should hold (loyalty spec, section 7): a gift is in the cart once, at no charge, while
 * the cart holds its trigger product and the shopper is a member of the gift's tier or above. Pure: what to add,
 * what to take out and which gift lines to bring back to one unit.
 */
public final class GiftPlan {

    /** A gift rule: the product that triggers it, the product given, who of the members gets it (null: any member). */
    public static final class Rule {
        final long id;
        final long triggerProductId;
        final long giftProductId;
        final TierRequirement requirement;

        public Rule(long id, long triggerProductId, long giftProductId, TierRequirement requirement) {
            this.id = id;
            this.triggerProductId = triggerProductId;
            this.giftProductId = giftProductId;
            this.requirement = requirement;
        }

        public long getId() {
            return id;
        }

        public long getGiftProductId() {
            return giftProductId;
        }
    }

    /** A gift line in the cart: its order item, the rule it came from, its quantity. */
    public static final class GiftLine {
        final long itemId;
        final long ruleId;
        final int quantity;

        public GiftLine(long itemId, long ruleId, int quantity) {
            this.itemId = itemId;
            this.ruleId = ruleId;
            this.quantity = quantity;
        }

        public long getItemId() {
            return itemId;
        }

        public int getQuantity() {
            return quantity;
        }
    }

    private final List<Rule> toAdd = new ArrayList<Rule>();
    private final List<Long> toRemove = new ArrayList<Long>();
    private final List<GiftLine> toSetToOne = new ArrayList<GiftLine>();

    private GiftPlan() {
    }

    /**
     * @param paidProductIds the products of the cart's lines that are not gifts
     * @param giftLines the cart's gift lines
     * @param member whether the shopper is an active member; {@code rank} their tier's rank, null below all tiers
     */
    public static GiftPlan of(Set<Long> paidProductIds, Collection<GiftLine> giftLines, Collection<Rule> rules,
                              boolean member, Integer rank) {
        GiftPlan plan = new GiftPlan();
        Map<Long, Rule> due = new LinkedHashMap<Long, Rule>();
        for (Rule rule : rules) {
            boolean tierOk = rule.requirement == null || rule.requirement.admits(member, rank);
            if (member && tierOk && paidProductIds.contains(rule.triggerProductId)) {
                due.put(rule.id, rule);
            }
        }
        Set<Long> present = new HashSet<Long>();
        for (GiftLine line : giftLines) {
            if (!due.containsKey(line.ruleId) || !present.add(line.ruleId)) {
                plan.toRemove.add(line.itemId);
            } else if (line.quantity != 1) {
                plan.toSetToOne.add(line);
            }
        }
        for (Rule rule : due.values()) {
            if (!present.contains(rule.id)) {
                plan.toAdd.add(rule);
            }
        }
        return plan;
    }

    public List<Rule> getToAdd() {
        return toAdd;
    }

    /** Gift lines to take out: the trigger left, the shopper is no member of the tier, or a second line of a gift. */
    public List<Long> getToRemove() {
        return toRemove;
    }

    /**
     * Gift lines with more than one unit (the shopper asked for more of the gift product): one unit is the gift,
     * the others are to be bought.
     */
    public List<GiftLine> getToSetToOne() {
        return toSetToOne;
    }

    public boolean isEmpty() {
        return toAdd.isEmpty() && toRemove.isEmpty() && toSetToOne.isEmpty();
    }
}
