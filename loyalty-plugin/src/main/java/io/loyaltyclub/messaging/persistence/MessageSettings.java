package io.loyaltyclub.messaging.persistence;

import io.loyaltyclub.messaging.domain.MessageType;

import java.io.Serializable;

/**
 * How the club writes to members (one row, LOYALTY_MESSAGE_SETTINGS): the weekly cap, how long before points expire
 * and before a tier's period ends members hear of it, the sender, the shop's address for links, how many products a
 * message offers, and each message switched on or off. Edited in Loyalty &gt; Member messages.
 */
public interface MessageSettings extends Serializable {

    Long getId();

    int getWeeklyCap();

    void setWeeklyCap(int weeklyCap);

    int getDaysBeforeExpiry();

    void setDaysBeforeExpiry(int days);

    int getDaysBeforeTierEnd();

    void setDaysBeforeTierEnd(int days);

    int getOffersPerMessage();

    void setOffersPerMessage(int offers);

    String getFromAddress();

    void setFromAddress(String fromAddress);

    String getShopUrl();

    void setShopUrl(String shopUrl);

    boolean isEnabled(MessageType type);

    void setEnabled(MessageType type, boolean enabled);
}
