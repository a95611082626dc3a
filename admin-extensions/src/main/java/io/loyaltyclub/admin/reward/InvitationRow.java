package io.loyaltyclub.admin.reward;

import io.loyaltyclub.reward.persistence.RewardRedemptionImpl;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** An event invitation a member redeemed, as a row of Loyalty &gt; Reward invitations. */
public final class InvitationRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final long id;
    private final String reward;
    private final String member;
    private final String email;
    private final Long customerId;
    private final String redeemedAt;
    private final long points;
    private final String fulfilledAt;
    private final String fulfilledBy;

    public InvitationRow(RewardRedemptionImpl redemption, Customer customer, ZoneId zone) {
        this.id = redemption.getId();
        this.reward = redemption.getTitle();
        this.customerId = redemption.getCustomerId();
        this.member = customer == null ? "#" + redemption.getCustomerId()
                : (nonNull(customer.getFirstName()) + " " + nonNull(customer.getLastName())).trim();
        this.email = customer == null ? "" : nonNull(customer.getEmailAddress());
        this.redeemedAt = format(redemption.getRedeemedAt(), zone);
        this.points = redemption.getPoints();
        this.fulfilledAt = redemption.getFulfilledAt() == null ? null : format(redemption.getFulfilledAt(), zone);
        this.fulfilledBy = redemption.getFulfilledBy();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String format(Date date, ZoneId zone) {
        return WHEN.format(date.toInstant().atZone(zone));
    }

    public long getId() {
        return id;
    }

    public String getReward() {
        return reward;
    }

    public String getMember() {
        return member;
    }

    public String getEmail() {
        return email;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getRedeemedAt() {
        return redeemedAt;
    }

    public long getPoints() {
        return points;
    }

    public boolean isFulfilled() {
        return fulfilledAt != null;
    }

    public String getFulfilledAt() {
        return fulfilledAt;
    }

    public String getFulfilledBy() {
        return fulfilledBy;
    }
}
