package io.loyaltyclub.reward.service;

import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardRefusal;

import java.math.BigDecimal;
import java.time.Instant;

/** A reward as a member sees it in the catalogue: what it gives and costs, what is left, and why not (if so). */
public final class RewardView {

    private final long id;
    private final String name;
    private final String description;
    private final RewardKind kind;
    private final long pointsCost;
    private final BigDecimal amount;
    private final String productName;
    private final String tierName;
    private final Integer stock;
    private final Instant availableFrom;
    private final Instant availableUntil;
    private final RewardRefusal refusal;

    public RewardView(long id, String name, String description, RewardKind kind, long pointsCost, BigDecimal amount,
                      String productName, String tierName, Integer stock, Instant availableFrom,
                      Instant availableUntil, RewardRefusal refusal) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.pointsCost = pointsCost;
        this.amount = amount;
        this.productName = productName;
        this.tierName = tierName;
        this.stock = stock;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.refusal = refusal;
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

    public RewardKind getKind() {
        return kind;
    }

    public long getPointsCost() {
        return pointsCost;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getProductName() {
        return productName;
    }

    /** The lowest tier that may redeem it; null for every member. */
    public String getTierName() {
        return tierName;
    }

    /** Units left; null for unlimited. */
    public Integer getStock() {
        return stock;
    }

    public Instant getAvailableFrom() {
        return availableFrom;
    }

    public Instant getAvailableUntil() {
        return availableUntil;
    }

    /** Why the member cannot redeem it now; null when they can. */
    public RewardRefusal getRefusal() {
        return refusal;
    }
}
