package io.loyaltyclub.tier.domain;

import io.loyaltyclub.ledger.domain.EntryReason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What counts toward tiers: what members buy, nothing the club gives them. The one place this is decided; tier
 * qualification (points earned and money spent), progress and reviews all ask here.
 *
 * <ul>
 *   <li><b>Points earned</b> count the earnings of orders at the shop ({@link EntryReason#ORDER}) and of purchases at
 *       partners ({@link EntryReason#PARTNER}, the partner API), once available, less what was taken back since.</li>
 *   <li><b>Money spent</b> counts the merchandise of orders paid with money ({@link EntryReason#ORDER}); a partner
 *       earning carries no amount.</li>
 *   <li>Nothing else counts: not the joining bonus, not the rewards of tiers themselves, not the referral rewards
 *       (the friend's welcome and the advocate's), not the rewards for actions and the birthday, and not an admin's
 *       adjustment (a correction of the balance: an admin who wants a member in a tier sets it by hand, with a
 *       note). The other reasons are no earnings at all (spending, giving or taking back, expiry).</li>
 * </ul>
 */
public final class TierCounting {

    private TierCounting() {
    }

    /** Whether an earning of this reason counts as points earned toward tiers. */
    public static boolean countsAsPointsEarned(EntryReason reason) {
        return reason == EntryReason.ORDER || reason == EntryReason.PARTNER;
    }

    /** Whether what was paid with money for an earning of this reason counts as money spent toward tiers. */
    public static boolean countsAsMoneySpent(EntryReason reason) {
        return reason == EntryReason.ORDER;
    }

    /** The reasons whose earnings count as points earned, by name (as stored in the ledger). */
    public static List<String> pointsEarnedReasons() {
        List<String> names = new ArrayList<String>();
        for (EntryReason reason : EntryReason.values()) {
            if (countsAsPointsEarned(reason)) {
                names.add(reason.name());
            }
        }
        return Collections.unmodifiableList(names);
    }
}
