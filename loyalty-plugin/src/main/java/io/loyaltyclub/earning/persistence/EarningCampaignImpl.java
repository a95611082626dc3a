package io.loyaltyclub.earning.persistence;

import io.loyaltyclub.earning.domain.EarnCampaign;
import io.loyaltyclub.earning.domain.EarnRuleProblems;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "LOYALTY_EARN_CAMPAIGN")
@AdminPresentationClass(friendlyName = "Points campaign")
public class EarningCampaignImpl implements EarningCampaign {

    private static final long serialVersionUID = 1L;

    /** The admin's validator of campaigns (admin-extensions); it applies EarnRuleProblems.ofCampaign. */
    static final String VALIDATOR = "loyaltyEarnCampaignValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyEarningCampaignId")
    @GenericGenerator(
            name = "LoyaltyEarningCampaignId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "EarningCampaignImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.earning.persistence.EarningCampaignImpl")
            })
    @Column(name = "EARN_CAMPAIGN_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String name;

    @Column(name = "MULTIPLIER", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Multiplier", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "2 for double points. Multiplies everything earned on orders placed while the campaign runs; "
                    + "when campaigns overlap, the highest counts.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal multiplier = new BigDecimal("2");

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT", nullable = false)
    @AdminPresentation(friendlyName = "Starts", order = 3000, prominent = true, gridOrder = 3000,
            fieldType = SupportedFieldType.DATE, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT", nullable = false)
    @AdminPresentation(friendlyName = "Ends", order = 4000, prominent = true, gridOrder = 4000,
            fieldType = SupportedFieldType.DATE, requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Orders placed from this moment on no longer get the multiplier.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Date endsAt;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 5000, prominent = true, gridOrder = 5000)
    protected boolean active = true;

    @Override
    public EarnCampaign toDomain() {
        Instant starts = startsAt == null ? null : startsAt.toInstant();
        Instant ends = endsAt == null ? null : endsAt.toInstant();
        if (!active || !EarnRuleProblems.ofCampaign(name, multiplier, starts, ends).isEmpty()) {
            return null;
        }
        return new EarnCampaign(name, multiplier, starts, ends);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public BigDecimal getMultiplier() {
        return multiplier;
    }

    @Override
    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    @Override
    public Date getStartsAt() {
        return startsAt;
    }

    @Override
    public void setStartsAt(Date startsAt) {
        this.startsAt = startsAt;
    }

    @Override
    public Date getEndsAt() {
        return endsAt;
    }

    @Override
    public void setEndsAt(Date endsAt) {
        this.endsAt = endsAt;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
