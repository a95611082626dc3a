package io.loyaltyclub.messaging.persistence;

import io.loyaltyclub.messaging.domain.MessageType;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LOYALTY_MESSAGE_SETTINGS")
@AdminPresentationClass(friendlyName = "Member messages")
public class MessageSettingsImpl implements MessageSettings {

    private static final long serialVersionUID = 1L;

    /** The one row's id. */
    public static final long THE_ROW = 1L;

    /** The admin's validator (admin-extensions): {@link io.loyaltyclub.messaging.domain.MessageSettingsProblems}. */
    static final String VALIDATOR = "loyaltyMessageSettingsValidator";

    @Id
    @Column(name = "SETTINGS_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id = THE_ROW;

    @Column(name = "WEEKLY_CAP", nullable = false)
    @AdminPresentation(friendlyName = "Messages per member per week, at most", order = 1000, prominent = true,
            gridOrder = 1000, requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Counted over the messages sent in the last 7 days; a message over the cap waits.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int weeklyCap = 3;

    @Column(name = "DAYS_BEFORE_EXPIRY", nullable = false)
    @AdminPresentation(friendlyName = "Days before points expire to remind", order = 2000, prominent = true,
            gridOrder = 2000, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int daysBeforeExpiry = 14;

    @Column(name = "DAYS_BEFORE_TIER_END", nullable = false)
    @AdminPresentation(friendlyName = "Days before a tier's period ends to warn", order = 3000, prominent = true,
            gridOrder = 3000, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int daysBeforeTierEnd = 30;

    @Column(name = "OFFERS_PER_MESSAGE", nullable = false)
    @AdminPresentation(friendlyName = "Products offered in a message", order = 4000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "From the categories the member buys from; only to members who consented to marketing.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int offersPerMessage = 3;

    @Column(name = "FROM_ADDRESS", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "Sender address", order = 5000, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String fromAddress = "club@example.com";

    @Column(name = "SHOP_URL", nullable = false, length = 255)
    @AdminPresentation(friendlyName = "Storefront address (for links)", order = 6000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String shopUrl = "http://localhost:8080";

    @Column(name = "WELCOME_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: welcome", order = 7000)
    protected boolean welcomeOn = true;

    @Column(name = "POINTS_AVAILABLE_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: points available", order = 7100)
    protected boolean pointsAvailableOn = true;

    @Column(name = "POINTS_EXPIRING_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: points expiring", order = 7200)
    protected boolean pointsExpiringOn = true;

    @Column(name = "TIER_REACHED_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: tier reached", order = 7300)
    protected boolean tierReachedOn = true;

    @Column(name = "TIER_AT_RISK_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: tier at risk (marketing)", order = 7400)
    protected boolean tierAtRiskOn = true;

    @Column(name = "BIRTHDAY_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: birthday (marketing)", order = 7500)
    protected boolean birthdayOn = true;

    @Column(name = "REFERRAL_REWARD_ON", nullable = false)
    @AdminPresentation(friendlyName = "Send: referral reward", order = 7600)
    protected boolean referralRewardOn = true;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public int getWeeklyCap() {
        return weeklyCap;
    }

    @Override
    public void setWeeklyCap(int weeklyCap) {
        this.weeklyCap = weeklyCap;
    }

    @Override
    public int getDaysBeforeExpiry() {
        return daysBeforeExpiry;
    }

    @Override
    public void setDaysBeforeExpiry(int days) {
        this.daysBeforeExpiry = days;
    }

    @Override
    public int getDaysBeforeTierEnd() {
        return daysBeforeTierEnd;
    }

    @Override
    public void setDaysBeforeTierEnd(int days) {
        this.daysBeforeTierEnd = days;
    }

    @Override
    public int getOffersPerMessage() {
        return offersPerMessage;
    }

    @Override
    public void setOffersPerMessage(int offers) {
        this.offersPerMessage = offers;
    }

    @Override
    public String getFromAddress() {
        return fromAddress;
    }

    @Override
    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }

    @Override
    public String getShopUrl() {
        return shopUrl;
    }

    @Override
    public void setShopUrl(String shopUrl) {
        this.shopUrl = shopUrl;
    }

    @Override
    public boolean isEnabled(MessageType type) {
        switch (type) {
            case WELCOME:
                return welcomeOn;
            case POINTS_AVAILABLE:
                return pointsAvailableOn;
            case POINTS_EXPIRING:
                return pointsExpiringOn;
            case TIER_REACHED:
                return tierReachedOn;
            case TIER_AT_RISK:
                return tierAtRiskOn;
            case BIRTHDAY:
                return birthdayOn;
            case REFERRAL_REWARD:
                return referralRewardOn;
            default:
                throw new IllegalArgumentException(String.valueOf(type));
        }
    }

    @Override
    public void setEnabled(MessageType type, boolean enabled) {
        switch (type) {
            case WELCOME:
                welcomeOn = enabled;
                break;
            case POINTS_AVAILABLE:
                pointsAvailableOn = enabled;
                break;
            case POINTS_EXPIRING:
                pointsExpiringOn = enabled;
                break;
            case TIER_REACHED:
                tierReachedOn = enabled;
                break;
            case TIER_AT_RISK:
                tierAtRiskOn = enabled;
                break;
            case BIRTHDAY:
                birthdayOn = enabled;
                break;
            case REFERRAL_REWARD:
                referralRewardOn = enabled;
                break;
            default:
                throw new IllegalArgumentException(String.valueOf(type));
        }
    }
}
