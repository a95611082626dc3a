package io.loyaltyclub.coupon.persistence;

import io.loyaltyclub.coupon.domain.CouponOccasion;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.time.LocalDate;
import java.time.ZoneId;
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
@Table(name = "LOYALTY_COUPON_RULE")
@AdminPresentationClass(friendlyName = "Club coupon")
public class CouponRuleImpl implements CouponRule {

    private static final long serialVersionUID = 1L;

    /** The admin's validator (admin-extensions): what each occasion needs, a code-only offer. */
    static final String VALIDATOR = "loyaltyCouponRuleValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyCouponRuleId")
    @GenericGenerator(
            name = "LoyaltyCouponRuleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CouponRuleImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.coupon.persistence.CouponRuleImpl")
            })
    @Column(name = "COUPON_RULE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Members see it next to their code, e.g. \"Welcome gift: 10 % off\".")
    protected String name;

    @Column(name = "OCCASION", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Issued", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.loyaltyclub.coupon.persistence.CouponOccasionType",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String occasion;

    @ManyToOne(targetEntity = OfferImpl.class, optional = false)
    @JoinColumn(name = "OFFER_ID", nullable = false)
    @AdminPresentation(friendlyName = "Offer", order = 3000, prominent = true, gridOrder = 3000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "A Broadleaf offer that is not applied automatically: each member gets an own code of it.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Offer offer;

    @ManyToOne(targetEntity = LoyaltyTierImpl.class)
    @JoinColumn(name = "TIER_ID")
    @AdminPresentation(friendlyName = "Tier", order = 4000, prominent = true, gridOrder = 4000,
            helpText = "On reaching a tier: that tier (required). For a sale day: the lowest tier invited "
                    + "(empty: every member). Not used on joining.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected LoyaltyTier tier;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SALE_DAY")
    @AdminPresentation(friendlyName = "Sale day", order = 5000, prominent = true, gridOrder = 5000,
            fieldType = SupportedFieldType.DATE,
            helpText = "For a sale day: the members get their codes on that day (its date counts, not the time).",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected Date saleDay;

    @Column(name = "CODE_PREFIX", length = 20)
    @AdminPresentation(friendlyName = "Code prefix", order = 6000,
            helpText = "Letters and digits in front of each member's code, e.g. WELCOME gives WELCOME-7KQ2M9XP.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected String codePrefix;

    @Column(name = "VALID_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Valid for days", order = 7000, gridOrder = 6000,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Counting the day it is issued (a sale day's code: from the sale day).",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int validDays = 30;

    @Column(name = "USES_PER_MEMBER", nullable = false)
    @AdminPresentation(friendlyName = "Uses per member", order = 8000,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "How many orders the member may use the code on.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = VALIDATOR))
    protected int usesPerMember = 1;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 9000, gridOrder = 7000)
    protected boolean active = true;

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
    public CouponOccasion getOccasion() {
        for (CouponOccasion known : CouponOccasion.values()) {
            if (known.name().equals(occasion)) {
                return known;
            }
        }
        return null;
    }

    @Override
    public void setOccasion(CouponOccasion occasion) {
        this.occasion = occasion == null ? null : occasion.name();
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
    public LoyaltyTier getTier() {
        return tier;
    }

    @Override
    public void setTier(LoyaltyTier tier) {
        this.tier = tier;
    }

    @Override
    public LocalDate getSaleDay() {
        // The admin's date picker stores the day at the server's midnight.
        return saleDay == null ? null : saleDay.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Override
    public void setSaleDay(LocalDate day) {
        this.saleDay = day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Override
    public String getCodePrefix() {
        return codePrefix;
    }

    @Override
    public void setCodePrefix(String prefix) {
        this.codePrefix = prefix;
    }

    @Override
    public int getValidDays() {
        return validDays;
    }

    @Override
    public void setValidDays(int days) {
        this.validDays = days;
    }

    @Override
    public int getUsesPerMember() {
        return usesPerMember;
    }

    @Override
    public void setUsesPerMember(int uses) {
        this.usesPerMember = uses;
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
