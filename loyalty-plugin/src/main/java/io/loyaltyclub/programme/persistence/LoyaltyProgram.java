package io.loyaltyclub.programme.persistence;

import io.loyaltyclub.programme.domain.ProgrammeRules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * The loyalty programme of the site: its name, its numbers and its terms (loyalty spec, section 1).
 * There is one per site; {@link io.loyaltyclub.programme.service.LoyaltyProgramService} creates it with
 * the spec's defaults the first time it is asked for.
 */
public interface LoyaltyProgram extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    boolean isActive();

    void setActive(boolean active);

    BigDecimal getPointsPerCurrencyUnit();

    void setPointsPerCurrencyUnit(BigDecimal pointsPerCurrencyUnit);

    Long getPointsPerCurrencyUnitRedeemed();

    void setPointsPerCurrencyUnitRedeemed(Long pointsPerCurrencyUnitRedeemed);

    Integer getPendingDays();

    void setPendingDays(Integer pendingDays);

    String getExpiryPolicy();

    void setExpiryPolicy(String expiryPolicy);

    Integer getExpiryMonths();

    void setExpiryMonths(Integer expiryMonths);

    Long getMinimumRedemptionPoints();

    void setMinimumRedemptionPoints(Long minimumRedemptionPoints);

    Integer getMaximumOrderSharePercent();

    void setMaximumOrderSharePercent(Integer maximumOrderSharePercent);

    boolean isDoublePromotions();

    void setDoublePromotions(boolean doublePromotions);

    Long getWelcomeBonusPoints();

    void setWelcomeBonusPoints(Long welcomeBonusPoints);

    Integer getRestoreGraceDays();

    void setRestoreGraceDays(Integer restoreGraceDays);

    /** The store's time zone, a region id such as Europe/Riga. */
    String getTimeZone();

    void setTimeZone(String timeZone);

    /** What tiers are qualified by: a {@link io.loyaltyclub.tier.domain.QualificationBasis} name. */
    String getTierBasis();

    void setTierBasis(String tierBasis);

    /** Over which period tiers are qualified: a {@link io.loyaltyclub.tier.domain.QualificationPeriod} name. */
    String getTierPeriod();

    void setTierPeriod(String tierPeriod);

    String getTermsVersion();

    void setTermsVersion(String termsVersion);

    String getTermsText();

    void setTermsText(String termsText);

    Date getUpdatedAt();

    Long getVersion();

    void setVersion(Long version);

    /** The numbers of this programme as a domain value, with the spec's defaults for any blank field. */
    ProgrammeRules toRules();
}
