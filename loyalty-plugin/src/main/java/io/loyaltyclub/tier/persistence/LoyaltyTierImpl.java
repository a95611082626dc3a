package io.loyaltyclub.tier.persistence;

import io.loyaltyclub.platform.EntityWrites;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@EntityListeners(EntityWrites.class)
@Table(name = "LOYALTY_TIER")
@AdminPresentationClass(friendlyName = "Tier")
public class LoyaltyTierImpl implements LoyaltyTier {

    private static final long serialVersionUID = 1L;

    /** The admin's validator of tiers (admin-extensions); it applies {@link io.loyaltyclub.tier.domain.TierProblems}. */
    static final String VALIDATOR = "loyaltyTierValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyTierId")
    @GenericGenerator(
            name = "LoyaltyTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LoyaltyTierImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.tier.persistence.LoyaltyTierImpl")
            })
    @Column(name = "TIER_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 40)
    @AdminPresentation(friendlyName = "Code", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "Short and for good, e.g. GOLD.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String code;

    @Column(name = "NAME", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Name", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String name;

    @Column(name = "TIER_RANK", nullable = false)
    @AdminPresentation(friendlyName = "Rank", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "1 for the first tier, 2 for the next, ...",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int rank;

    @Column(name = "COLOUR", length = 20)
    @AdminPresentation(friendlyName = "Badge colour", order = 4000, helpText = "Like #C9A227.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String colour;

    @Column(name = "POINTS_TO_QUALIFY")
    @AdminPresentation(friendlyName = "Points earned to qualify", order = 5000, prominent = true, gridOrder = 4000,
            helpText = "When the programme counts points earned. Empty: members only get the tier from an admin.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Long pointsToQualify;

    @Column(name = "AMOUNT_TO_QUALIFY", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Amount spent to qualify", order = 6000, prominent = true, gridOrder = 5000,
            helpText = "When the programme counts money spent. Empty: members only get the tier from an admin.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal amountToQualify;

    @Column(name = "EARN_MULTIPLIER", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Earn multiplier", order = 7000, prominent = true, gridOrder = 6000,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal earnMultiplier = BigDecimal.ONE;

    @Column(name = "FREE_SHIPPING_FROM", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Free shipping from", order = 8000,
            helpText = "Orders of the tier's members with merchandise (after discounts) of this amount or more ship "
                    + "free; empty: no free shipping.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal freeShippingFrom;

    @Column(name = "WELCOME_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Points on reaching the tier", order = 9000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected long welcomePoints;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 10000, gridOrder = 7000)
    protected boolean active = true;

    /** A copy no EntityManager knows, to be kept in memory: callers get copies of it and may change those. */
    public LoyaltyTierImpl detachedCopy() {
        LoyaltyTierImpl copy = new LoyaltyTierImpl();
        copy.id = id;
        copy.code = code;
        copy.name = name;
        copy.rank = rank;
        copy.colour = colour;
        copy.pointsToQualify = pointsToQualify;
        copy.amountToQualify = amountToQualify;
        copy.earnMultiplier = earnMultiplier;
        copy.freeShippingFrom = freeShippingFrom;
        copy.welcomePoints = welcomePoints;
        copy.active = active;
        return copy;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
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
    public int getRank() {
        return rank;
    }

    @Override
    public void setRank(int rank) {
        this.rank = rank;
    }

    @Override
    public String getColour() {
        return colour;
    }

    @Override
    public void setColour(String colour) {
        this.colour = colour;
    }

    @Override
    public Long getPointsToQualify() {
        return pointsToQualify;
    }

    @Override
    public void setPointsToQualify(Long points) {
        this.pointsToQualify = points;
    }

    @Override
    public BigDecimal getAmountToQualify() {
        return amountToQualify;
    }

    @Override
    public void setAmountToQualify(BigDecimal amount) {
        this.amountToQualify = amount;
    }

    @Override
    public BigDecimal getEarnMultiplier() {
        return earnMultiplier;
    }

    @Override
    public void setEarnMultiplier(BigDecimal multiplier) {
        this.earnMultiplier = multiplier;
    }

    @Override
    public BigDecimal getFreeShippingFrom() {
        return freeShippingFrom;
    }

    @Override
    public void setFreeShippingFrom(BigDecimal amount) {
        this.freeShippingFrom = amount;
    }

    @Override
    public long getWelcomePoints() {
        return welcomePoints;
    }

    @Override
    public void setWelcomePoints(long points) {
        this.welcomePoints = points;
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
