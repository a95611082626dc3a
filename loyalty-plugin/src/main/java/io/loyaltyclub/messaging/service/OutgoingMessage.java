package io.loyaltyclub.messaging.service;

import io.loyaltyclub.messaging.domain.MessageType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** A claimed message with all it says, handed to the {@link MessageDelivery}. */
public final class OutgoingMessage {

    private final long messageId;
    private final long customerId;
    private final MessageType type;
    private final long points;
    private final String tierName;
    private final Instant occasion;
    private final long pointsToKeep;
    private final BigDecimal amountToKeep;
    private final boolean offers;
    private final int offersPerMessage;
    private final String fromAddress;
    private final String shopUrl;
    private final ZoneId zone;

    public OutgoingMessage(long messageId, long customerId, MessageType type, long points, String tierName,
                           Instant occasion, long pointsToKeep, BigDecimal amountToKeep, boolean offers,
                           int offersPerMessage, String fromAddress, String shopUrl, ZoneId zone) {
        this.messageId = messageId;
        this.customerId = customerId;
        this.type = type;
        this.points = points;
        this.tierName = tierName;
        this.occasion = occasion;
        this.pointsToKeep = pointsToKeep;
        this.amountToKeep = amountToKeep;
        this.offers = offers;
        this.offersPerMessage = offersPerMessage;
        this.fromAddress = fromAddress;
        this.shopUrl = shopUrl;
        this.zone = zone;
    }

    public long getMessageId() {
        return messageId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public MessageType getType() {
        return type;
    }

    /** The points the message is about (0 when none). */
    public long getPoints() {
        return points;
    }

    /** The tier's name (tier messages), or null. */
    public String getTierName() {
        return tierName;
    }

    /** The day it is about (points expire, the tier's period ends), or null. */
    public Instant getOccasion() {
        return occasion;
    }

    public long getPointsToKeep() {
        return pointsToKeep;
    }

    /** Money still to spend to keep the tier, or null when the tier is kept by points. */
    public BigDecimal getAmountToKeep() {
        return amountToKeep;
    }

    /** Whether products may be offered (the member consented to marketing). */
    public boolean isOffers() {
        return offers;
    }

    public int getOffersPerMessage() {
        return offersPerMessage;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getShopUrl() {
        return shopUrl;
    }

    /** The store's time zone, for dates. */
    public ZoneId getZone() {
        return zone;
    }
}
