package io.loyaltyclub.referral.persistence;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** Loyalty &gt; Referral settings: Broadleaf's entity screens, checked by the admin's validator. */
@Entity
@Table(name = "LOYALTY_REFERRAL_SETTINGS")
@AdminPresentationClass(friendlyName = "Referral settings")
public class ReferralSettingsImpl implements ReferralSettings {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): {@link io.loyaltyclub.referral.domain.ReferralSettingsProblems}. */
    static final String VALIDATOR = "loyaltyReferralSettingsValidator";

    public static final long DEFAULT_FRIEND_POINTS = 200L;
    public static final long DEFAULT_ADVOCATE_POINTS = 500L;
    public static final int DEFAULT_MONTHLY_CAP = 5;
    public static final int DEFAULT_LINK_DAYS = 30;

    @Id
    @GeneratedValue(generator = "LoyaltyReferralSettingsId")
    @GenericGenerator(
            name = "LoyaltyReferralSettingsId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ReferralSettingsImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.referral.persistence.ReferralSettingsImpl")
            })
    @Column(name = "REFERRAL_SETTINGS_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Referrals open", order = 1000, prominent = true, gridOrder = 1000,
            helpText = "Closed: links show that referrals are paused and new registrations are not referred; "
                    + "referrals already made are still rewarded.")
    protected boolean active = true;

    @Column(name = "FRIEND_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Friend's welcome reward (points)", order = 2000, prominent = true,
            gridOrder = 2000, helpText = "Given when the friend registers through a link and is a club member.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected long friendPoints = DEFAULT_FRIEND_POINTS;

    @Column(name = "ADVOCATE_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Advocate's reward (points)", order = 3000, prominent = true, gridOrder = 3000,
            helpText = "Given once the friend's first order has passed the programme's pending period.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected long advocatePoints = DEFAULT_ADVOCATE_POINTS;

    @Column(name = "MONTHLY_CAP", nullable = false)
    @AdminPresentation(friendlyName = "Referrals per advocate per month", order = 4000, prominent = true,
            gridOrder = 4000, helpText = "0: no cap. Further referrals in a month are refused (and can be approved by hand).",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int monthlyCap = DEFAULT_MONTHLY_CAP;

    @Column(name = "LINK_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Days a followed link is remembered", order = 5000, gridOrder = 5000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int linkDays = DEFAULT_LINK_DAYS;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public long getFriendPoints() {
        return friendPoints;
    }

    @Override
    public void setFriendPoints(long points) {
        this.friendPoints = points;
    }

    @Override
    public long getAdvocatePoints() {
        return advocatePoints;
    }

    @Override
    public void setAdvocatePoints(long points) {
        this.advocatePoints = points;
    }

    @Override
    public int getMonthlyCap() {
        return monthlyCap;
    }

    @Override
    public void setMonthlyCap(int cap) {
        this.monthlyCap = cap;
    }

    @Override
    public int getLinkDays() {
        return linkDays;
    }

    @Override
    public void setLinkDays(int days) {
        this.linkDays = days;
    }
}
