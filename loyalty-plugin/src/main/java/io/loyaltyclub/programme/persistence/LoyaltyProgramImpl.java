package io.loyaltyclub.programme.persistence;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.QualificationPeriod;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/**
 * The programme settings row. Not in the second-level cache on purpose: the storefront and the admin
 * usually run in separate JVMs, and a change an admin saves must show on the storefront at once.
 */
@Entity
@Table(name = "LOYALTY_PROGRAM")
@AdminPresentationClass(friendlyName = "Loyalty programme")
public class LoyaltyProgramImpl implements LoyaltyProgram {

    private static final long serialVersionUID = 1L;

    /** The admin's validator of these settings (admin-extensions); it applies {@link ProgrammeRules#problems()}. */
    static final String SETTINGS_VALIDATOR = "loyaltyProgrammeSettingsValidator";
    static final String GROUP_PROGRAMME = "Programme";
    static final String GROUP_EARNING = "Earning and expiry";
    static final String GROUP_REDEEMING = "Paying with points";
    static final String GROUP_TERMS = "Club terms";
    static final String GROUP_TIERS = "Tiers";

    @Id
    @GeneratedValue(generator = "LoyaltyProgramId")
    @GenericGenerator(
            name = "LoyaltyProgramId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LoyaltyProgramImpl"),
                    @Parameter(name = "entity_name", value = "io.loyaltyclub.programme.persistence.LoyaltyProgramImpl")
            })
    @Column(name = "LOYALTY_PROGRAM_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL, readOnly = true)
    protected Long id;

    /** Makes a second programme row impossible, also when two nodes create the default at once. */
    @Column(name = "SITE_KEY", nullable = false, unique = true, length = 64)
    @AdminPresentation(excluded = true)
    protected String siteKey = LoyaltyProgramDao.DEFAULT_SITE_KEY;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Club name", order = 1000, group = GROUP_PROGRAMME, groupOrder = 1000,
            prominent = true, gridOrder = 1000, requiredOverride = RequiredOverride.REQUIRED)
    protected String name = "Loyalty Club";

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Club open to shoppers", order = 2000, group = GROUP_PROGRAMME,
            prominent = true, gridOrder = 2000,
            helpText = "When off, the storefront says the club opens soon and nobody can join or earn.")
    protected boolean active = true;

    @Column(name = "POINTS_PER_CURRENCY_UNIT", nullable = false, precision = 19, scale = 4)
    @AdminPresentation(friendlyName = "Points earned per 1.00 spent", order = 1000, group = GROUP_EARNING,
            groupOrder = 2000, requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.DECIMAL,
            helpText = "On merchandise paid after discounts, without shipping, tax or the part paid with points. "
                    + "Rounded down per order.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected BigDecimal pointsPerCurrencyUnit = BigDecimal.ONE;

    @Column(name = "PENDING_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Pending days (return window)", order = 2000, group = GROUP_EARNING,
            requiredOverride = RequiredOverride.REQUIRED,
            helpText = "Days after an order is submitted before its points can be spent.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Integer pendingDays = 14;

    @Column(name = "EXPIRY_POLICY", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Points expire", order = 3000, group = GROUP_EARNING,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.loyaltyclub.programme.persistence.ExpiryPolicyType",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected String expiryPolicy = ExpiryPolicy.MONTHS_AFTER_EARNING.name();

    @Column(name = "EXPIRY_MONTHS")
    @AdminPresentation(friendlyName = "Months until points expire", order = 4000, group = GROUP_EARNING,
            helpText = "Used when points expire a number of months after earning.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Integer expiryMonths = 24;

    @Column(name = "WELCOME_BONUS_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Welcome bonus (points)", order = 5000, group = GROUP_EARNING,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "Credited once when a shopper joins.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Long welcomeBonusPoints = 100L;

    @Column(name = "RESTORE_GRACE_DAYS")
    @AdminPresentation(friendlyName = "Grace days for given-back points", order = 6000, group = GROUP_EARNING,
            helpText = "Points that paid for a cancelled or returned order come back with their own expiry date; "
                    + "if that has passed, they stay valid this many more days.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Integer restoreGraceDays = 30;

    @Column(name = "TIME_ZONE", length = 64)
    @AdminPresentation(friendlyName = "Store time zone", order = 3000, group = GROUP_PROGRAMME,
            helpText = "Region name such as Europe/Riga or America/New_York. Expiry dates, birthdays and "
                    + "the dates shoppers see are days in this zone.",
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected String timeZone = "UTC";

    @Column(name = "POINTS_PER_CURRENCY_UNIT_REDEEMED", nullable = false)
    @AdminPresentation(friendlyName = "Points needed for 1.00 off", order = 1000, group = GROUP_REDEEMING,
            groupOrder = 3000, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Long pointsPerCurrencyUnitRedeemed = 100L;

    @Column(name = "MIN_REDEMPTION_POINTS", nullable = false)
    @AdminPresentation(friendlyName = "Minimum points per redemption", order = 2000, group = GROUP_REDEEMING,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Long minimumRedemptionPoints = 100L;

    @Column(name = "MAX_ORDER_SHARE_PERCENT", nullable = false)
    @AdminPresentation(friendlyName = "Maximum share of an order payable with points (%)", order = 3000,
            group = GROUP_REDEEMING, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = SETTINGS_VALIDATOR))
    protected Integer maximumOrderSharePercent = 50;

    @Column(name = "DOUBLE_PROMOTIONS", nullable = false)
    @AdminPresentation(friendlyName = "Member prices stack with coupons (double promotions)", order = 4000,
            group = GROUP_REDEEMING)
    protected boolean doublePromotions = false;

    @Column(name = "TIER_BASIS", length = 40)
    @AdminPresentation(friendlyName = "Tiers are reached by", order = 1000, group = GROUP_TIERS, groupOrder = 3500,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.loyaltyclub.programme.persistence.TierBasisType",
            helpText = "Points earned (never the balance) or money spent in the qualification period. Each tier "
                    + "gives the points or the amount that reaches it.")
    protected String tierBasis = QualificationBasis.POINTS_EARNED.name();

    @Column(name = "TIER_PERIOD", length = 40)
    @AdminPresentation(friendlyName = "Qualification period", order = 2000, group = GROUP_TIERS,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.loyaltyclub.programme.persistence.TierPeriodType",
            helpText = "A member keeps a tier until the end of the period after the one they reached it in.")
    protected String tierPeriod = QualificationPeriod.ROLLING_12_MONTHS.name();

    @Column(name = "TERMS_VERSION", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Terms version", order = 1000, group = GROUP_TERMS, groupOrder = 4000,
            requiredOverride = RequiredOverride.REQUIRED, gridOrder = 3000, prominent = true,
            helpText = "Members record the version they accepted. Give changed terms a new version.")
    protected String termsVersion = "1";

    /** A standard JPA @Lob: on PostgreSQL it needs io.loyaltyclub.platform.PostgreSqlDialect. */
    @Lob
    @Column(name = "TERMS_TEXT", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "Terms text", order = 2000, group = GROUP_TERMS, largeEntry = true,
            fieldType = SupportedFieldType.HTML_BASIC, requiredOverride = RequiredOverride.REQUIRED)
    protected String termsText;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT")
    @AdminPresentation(friendlyName = "Last saved", order = 3000, group = GROUP_TERMS, readOnly = true,
            fieldType = SupportedFieldType.DATE)
    protected Date updatedAt;

    /** Optimistic lock: two admins saving at once cannot silently overwrite each other. */
    @Version
    @Column(name = "VERSION")
    @AdminPresentation(friendlyName = "Revision", order = 4000, group = GROUP_TERMS, readOnly = true,
            helpText = "Goes up by one with every save. A form opened at an older revision cannot be saved.")
    protected Long version;

    @PrePersist
    @PreUpdate
    protected void touch() {
        updatedAt = new Date();
    }

    /**
     * A detached copy of every field (dates copied too), so that whoever changes the copy changes nothing else: the
     * settings the club keeps in memory are handed out so. Every field of this class is copied, also ones added
     * later.
     */
    public LoyaltyProgramImpl detachedCopy() {
        LoyaltyProgramImpl copy = new LoyaltyProgramImpl();
        try {
            for (Field field : COPIED_FIELDS) {
                Object value = field.get(this);
                field.set(copy, value instanceof Date ? new Date(((Date) value).getTime()) : value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot copy the programme settings", e);
        }
        return copy;
    }

    private static final List<Field> COPIED_FIELDS = copiedFields();

    private static List<Field> copiedFields() {
        List<Field> fields = new ArrayList<Field>();
        for (Field field : LoyaltyProgramImpl.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return Collections.unmodifiableList(fields);
    }

    @Override
    public ProgrammeRules toRules() {
        ProgrammeRules.Builder rules = ProgrammeRules.builder();
        if (pointsPerCurrencyUnit != null) {
            rules.pointsPerCurrencyUnit(pointsPerCurrencyUnit);
        }
        if (pointsPerCurrencyUnitRedeemed != null) {
            rules.pointsPerCurrencyUnitRedeemed(pointsPerCurrencyUnitRedeemed);
        }
        if (pendingDays != null) {
            rules.pendingDays(pendingDays);
        }
        if (expiryPolicy != null) {
            rules.expiryPolicy(ExpiryPolicy.named(expiryPolicy));
        }
        if (expiryMonths != null) {
            rules.expiryMonths(expiryMonths);
        }
        if (minimumRedemptionPoints != null) {
            rules.minimumRedemptionPoints(minimumRedemptionPoints);
        }
        if (maximumOrderSharePercent != null) {
            rules.maximumOrderSharePercent(maximumOrderSharePercent);
        }
        if (welcomeBonusPoints != null) {
            rules.welcomeBonusPoints(welcomeBonusPoints);
        }
        if (restoreGraceDays != null) {
            rules.restoreGraceDays(restoreGraceDays);
        }
        if (timeZone != null) {
            rules.timeZone(timeZone);
        }
        return rules.doublePromotions(doublePromotions).build();
    }

    @Override
    public String getTierBasis() {
        return tierBasis;
    }

    @Override
    public void setTierBasis(String tierBasis) {
        this.tierBasis = tierBasis;
    }

    @Override
    public String getTierPeriod() {
        return tierPeriod;
    }

    @Override
    public void setTierPeriod(String tierPeriod) {
        this.tierPeriod = tierPeriod;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
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
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public BigDecimal getPointsPerCurrencyUnit() {
        return pointsPerCurrencyUnit;
    }

    @Override
    public void setPointsPerCurrencyUnit(BigDecimal pointsPerCurrencyUnit) {
        this.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
    }

    @Override
    public Long getPointsPerCurrencyUnitRedeemed() {
        return pointsPerCurrencyUnitRedeemed;
    }

    @Override
    public void setPointsPerCurrencyUnitRedeemed(Long pointsPerCurrencyUnitRedeemed) {
        this.pointsPerCurrencyUnitRedeemed = pointsPerCurrencyUnitRedeemed;
    }

    @Override
    public Integer getPendingDays() {
        return pendingDays;
    }

    @Override
    public void setPendingDays(Integer pendingDays) {
        this.pendingDays = pendingDays;
    }

    @Override
    public String getExpiryPolicy() {
        return expiryPolicy;
    }

    @Override
    public void setExpiryPolicy(String expiryPolicy) {
        this.expiryPolicy = expiryPolicy;
    }

    @Override
    public Integer getExpiryMonths() {
        return expiryMonths;
    }

    @Override
    public void setExpiryMonths(Integer expiryMonths) {
        this.expiryMonths = expiryMonths;
    }

    @Override
    public Long getMinimumRedemptionPoints() {
        return minimumRedemptionPoints;
    }

    @Override
    public void setMinimumRedemptionPoints(Long minimumRedemptionPoints) {
        this.minimumRedemptionPoints = minimumRedemptionPoints;
    }

    @Override
    public Integer getMaximumOrderSharePercent() {
        return maximumOrderSharePercent;
    }

    @Override
    public void setMaximumOrderSharePercent(Integer maximumOrderSharePercent) {
        this.maximumOrderSharePercent = maximumOrderSharePercent;
    }

    @Override
    public boolean isDoublePromotions() {
        return doublePromotions;
    }

    @Override
    public void setDoublePromotions(boolean doublePromotions) {
        this.doublePromotions = doublePromotions;
    }

    @Override
    public Long getWelcomeBonusPoints() {
        return welcomeBonusPoints;
    }

    @Override
    public void setWelcomeBonusPoints(Long welcomeBonusPoints) {
        this.welcomeBonusPoints = welcomeBonusPoints;
    }

    @Override
    public Integer getRestoreGraceDays() {
        return restoreGraceDays;
    }

    @Override
    public void setRestoreGraceDays(Integer restoreGraceDays) {
        this.restoreGraceDays = restoreGraceDays;
    }

    @Override
    public String getTimeZone() {
        return timeZone;
    }

    @Override
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public String getTermsVersion() {
        return termsVersion;
    }

    @Override
    public void setTermsVersion(String termsVersion) {
        this.termsVersion = termsVersion;
    }

    @Override
    public String getTermsText() {
        return termsText;
    }

    @Override
    public void setTermsText(String termsText) {
        this.termsText = termsText;
    }

    @Override
    public Date getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }
}
