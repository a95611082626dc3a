package io.loyaltyclub.reward.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;

import java.util.ArrayList;
import java.util.List;

/** A reward the member took, as a line of the members' area: when, for how many points, its code or invitation. */
public final class RedemptionLine {

    private final String title;
    private final String kind;
    private final String date;
    private final String points;
    private final String code;
    private final String fulfilledOn;

    private RedemptionLine(RewardRedemptionImpl redemption, ShopperFormats formats) {
        this.title = redemption.getTitle();
        this.kind = redemption.getKind() == null ? "" : redemption.getKind().name();
        this.date = formats.date(redemption.getRedeemedAt().toInstant());
        this.points = formats.points(redemption.getPoints());
        this.code = redemption.getCouponCode();
        this.fulfilledOn = redemption.getFulfilledAt() == null ? null
                : formats.date(redemption.getFulfilledAt().toInstant());
    }

    public static List<RedemptionLine> of(List<RewardRedemptionImpl> redemptions, ShopperFormats formats) {
        List<RedemptionLine> lines = new ArrayList<RedemptionLine>();
        for (RewardRedemptionImpl redemption : redemptions) {
            lines.add(new RedemptionLine(redemption, formats));
        }
        return lines;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getDate() {
        return date;
    }

    public String getPoints() {
        return points;
    }

    /** The member's code of a coupon reward; null for an invitation. */
    public String getCode() {
        return code;
    }

    /** When the shop fulfilled an invitation; null while it waits. */
    public String getFulfilledOn() {
        return fulfilledOn;
    }
}
