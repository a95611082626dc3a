package io.loyaltyclub.reward.persistence;

import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.domain.RewardTerms;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "LOYALTY_REWARD")
@AdminPresentationClass(friendlyName = "Reward")
public class RewardImpl implements Reward {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): what each kind needs ({@link RewardTerms#problem}). */
    static final String VALIDATOR = "loyaltyRewardValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyRewardId")
    @GenericGenerator(
            name = "LoyaltyRewardId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "RewardImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.reward.persistence.RewardImpl")
            })
    @Column(name = "REWARD_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Members see it in the catalogue and next to their code, e.g. \"5.00 off your next order\".")
    protected String name;

    @Column(name = "DESCRIPTION", length = 500)
    @AdminPresentation(friendlyName = "Description", order = 1500,
            helpText = "A sentence for members: what they get, where and when (for an event: date and place).")
    protected String description;

    @Column(name = "KIND", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Reward", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.loyaltyclub.reward.persistence.RewardKindType",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String kind;

    @Column(name = "POINTS_COST", nullable = false)
    @AdminPresentation(friendlyName = "Points", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "What the reward costs the member.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Long pointsCost;

    @Column(name = "AMOUNT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Amount or percent", order = 4000, prominent = true, gridOrder = 4000,
            helpText = "Amount off: the amount (5.00). Percent off: the percentage (10). Empty for the other kinds.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected BigDecimal amount;

    @ManyToOne(targetEntity = ProductImpl.class)
    @JoinColumn(name = "PRODUCT_ID")
    @AdminPresentation(friendlyName = "Free product", order = 5000,
            helpText = "For a free product: one unit of it costs nothing when the member puts it in the cart "
                    + "and enters the code.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = LoyaltyTierImpl.class)
    @JoinColumn(name = "TIER_ID")
    @AdminPresentation(friendlyName = "Tier and above", order = 6000, prominent = true, gridOrder = 5000,
            helpText = "Only members of this tier and higher ones may redeem it; empty for every member.")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected LoyaltyTier tier;

    @Column(name = "STOCK")
    @AdminPresentation(friendlyName = "Left in stock", order = 7000, prominent = true, gridOrder = 6000,
            helpText = "How many can still be redeemed (places at an event); each redemption takes one. "
                    + "Empty: unlimited.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer stock;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_FROM")
    @AdminPresentation(friendlyName = "Available from", order = 8000, gridOrder = 7000,
            fieldType = SupportedFieldType.DATE, helpText = "Empty: from now on.")
    protected Date availableFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_UNTIL")
    @AdminPresentation(friendlyName = "Available until", order = 9000, gridOrder = 8000,
            fieldType = SupportedFieldType.DATE, helpText = "It can no longer be redeemed from this moment. "
                    + "Empty: no end.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Date availableUntil;

    @Column(name = "COUPON_VALID_DAYS")
    @AdminPresentation(friendlyName = "Coupon valid for days", order = 10000,
            helpText = "For coupon rewards: how long the member's code works, counting the day of redeeming.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Integer couponValidDays = 90;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 11000, gridOrder = 9000)
    protected boolean active = true;

    /** The offer the plugin made for the coupons; codes issued earlier keep theirs when the terms change. */
    @ManyToOne(targetEntity = OfferImpl.class)
    @JoinColumn(name = "OFFER_ID")
    @AdminPresentation(friendlyName = "Broadleaf offer", order = 12000, readOnly = true,
            visibility = VisibilityEnum.GRID_HIDDEN,
            helpText = "Made by the club for the members' codes when the first one is redeemed.")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Offer offer;

    @Column(name = "OFFER_TERMS", length = 120)
    @AdminPresentation(friendlyName = "Offer terms", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected String offerTerms;

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
    public String getDescription() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public RewardKind getKind() {
        return RewardKind.of(kind);
    }

    @Override
    public void setKind(RewardKind kind) {
        this.kind = kind == null ? null : kind.name();
    }

    @Override
    public Long getPointsCost() {
        return pointsCost;
    }

    @Override
    public void setPointsCost(Long points) {
        this.pointsCost = points;
    }

    @Override
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }

    @Override
    public LoyaltyTier getTier() {
        return tier;
    }

    @Override
    public void setTier(LoyaltyTier tier) {
        this.tier = tier;
    }

    @Override
    public Integer getStock() {
        return stock;
    }

    @Override
    public void setStock(Integer stock) {
        this.stock = stock;
    }

    @Override
    public Instant getAvailableFrom() {
        return availableFrom == null ? null : availableFrom.toInstant();
    }

    @Override
    public void setAvailableFrom(Instant from) {
        this.availableFrom = from == null ? null : Date.from(from);
    }

    @Override
    public Instant getAvailableUntil() {
        return availableUntil == null ? null : availableUntil.toInstant();
    }

    @Override
    public void setAvailableUntil(Instant until) {
        this.availableUntil = until == null ? null : Date.from(until);
    }

    @Override
    public Integer getCouponValidDays() {
        return couponValidDays;
    }

    @Override
    public void setCouponValidDays(Integer days) {
        this.couponValidDays = days;
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
    public Offer getOffer() {
        return offer;
    }

    @Override
    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    @Override
    public String getOfferTerms() {
        return offerTerms;
    }

    @Override
    public void setOfferTerms(String terms) {
        this.offerTerms = terms;
    }

    @Override
    public RewardTerms terms() {
        return new RewardTerms(active && getKind() != null, pointsCost == null ? 0 : pointsCost, stock,
                getAvailableFrom(), getAvailableUntil());
    }
}
