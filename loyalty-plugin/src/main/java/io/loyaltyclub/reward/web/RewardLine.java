package io.loyaltyclub.reward.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardRefusal;
import io.loyaltyclub.reward.service.RewardView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reward of the catalogue as a line of the members' area: what it gives, its cost and stock in the shopper's
 * language, why it cannot be had (a message key and its arguments), and a fresh one-time token for its form.
 */
public final class RewardLine {

    private final long id;
    private final String name;
    private final String description;
    private final String kind;
    private final String what;
    private final long pointsCost;
    private final String cost;
    private final String left;
    private final String tierName;
    private final String until;
    private final String why;
    private final String[] whyArgs;
    private final String token;

    private RewardLine(RewardView reward, long available, ShopperFormats formats) {
        this.id = reward.getId();
        this.name = reward.getName();
        this.description = reward.getDescription();
        this.kind = reward.getKind().name();
        this.what = whatOf(reward, formats);
        this.pointsCost = reward.getPointsCost();
        this.cost = formats.points(reward.getPointsCost());
        this.left = reward.getStock() == null ? null : formats.points(Math.max(0, reward.getStock()));
        this.tierName = reward.getTierName();
        this.until = reward.getAvailableUntil() == null ? null : formats.date(reward.getAvailableUntil());
        RewardRefusal refusal = reward.getRefusal();
        this.why = refusal == null ? null : "loyalty.reward.why." + refusal.name();
        this.whyArgs = refusal == null ? new String[0] : argumentsOf(refusal, reward, available, formats);
        this.token = UUID.randomUUID().toString();
    }

    public static List<RewardLine> of(List<RewardView> rewards, long available, ShopperFormats formats) {
        List<RewardLine> lines = new ArrayList<RewardLine>();
        for (RewardView reward : rewards) {
            lines.add(new RewardLine(reward, available, formats));
        }
        return lines;
    }

    /** The arguments of a refusal's message: the tier, the cost and the member's points, or the first day. */
    static String[] argumentsOf(RewardRefusal refusal, RewardView reward, long available, ShopperFormats formats) {
        switch (refusal) {
            case TIER_TOO_LOW:
                return new String[]{reward.getTierName()};
            case NOT_ENOUGH_POINTS:
                return new String[]{formats.points(reward.getPointsCost()), formats.points(available)};
            case NOT_YET:
                return new String[]{formats.date(reward.getAvailableFrom())};
            default:
                return new String[0];
        }
    }

    /** The message key and argument saying what the reward gives. */
    private static String whatOf(RewardView reward, ShopperFormats formats) {
        if (reward.getKind() == RewardKind.AMOUNT_OFF && reward.getAmount() != null) {
            return formats.money(reward.getAmount());
        }
        if (reward.getKind() == RewardKind.PERCENT_OFF && reward.getAmount() != null) {
            return formats.number(reward.getAmount(), 2);
        }
        if (reward.getKind() == RewardKind.FREE_PRODUCT) {
            return reward.getProductName();
        }
        return "";
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The kind's name: the message {@code loyalty.reward.kind.<KIND>} says what the reward gives. */
    public String getKind() {
        return kind;
    }

    /** The argument of the kind's message: the amount, the percentage or the product. */
    public String getWhat() {
        return what;
    }

    public long getPointsCost() {
        return pointsCost;
    }

    public String getCost() {
        return cost;
    }

    /** How many are left; null for unlimited. */
    public String getLeft() {
        return left;
    }

    public String getTierName() {
        return tierName;
    }

    public String getUntil() {
        return until;
    }

    public boolean isRedeemable() {
        return why == null;
    }

    public String getWhy() {
        return why;
    }

    public String[] getWhyArgs() {
        return whyArgs.clone();
    }

    public String getToken() {
        return token;
    }
}
