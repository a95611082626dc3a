package io.loyaltyclub.programme.web;

import io.loyaltyclub.programme.domain.ExpiryPolicy;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.domain.ProgrammeRules;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * What the public club page ({@code /loyalty}) shows, worked out from the programme settings and
 * formatted for the shopper's language and the store's currency.
 */
public final class ClubPage {

    private final String name;
    private final boolean open;
    private final String earnPoints;
    private final String earnUnit;
    private final String redeemPoints;
    private final String redeemValue;
    private final int maximumSharePercent;
    private final String minimumPoints;
    private final String welcomePoints;
    private final boolean welcomeBonus;
    private final int pendingDays;
    private final ExpiryPolicy expiryPolicy;
    private final int expiryMonths;
    private final String termsVersion;
    private final String termsHtml;

    private ClubPage(String name, boolean open, ProgrammeRules rules, Currency currency, Locale locale,
                     String termsVersion, String termsHtml) {
        ShopperFormats formats = new ShopperFormats(locale, currency, rules.zone());
        this.name = name;
        this.open = open;
        this.earnPoints = formats.number(rules.getPointsPerCurrencyUnit(), 4);
        this.earnUnit = formats.money(BigDecimal.ONE);
        this.redeemPoints = formats.points(rules.getPointsPerCurrencyUnitRedeemed());
        this.redeemValue = formats.money(BigDecimal.ONE);
        this.maximumSharePercent = rules.getMaximumOrderSharePercent();
        this.minimumPoints = formats.points(rules.getMinimumRedemptionPoints());
        this.welcomePoints = formats.points(rules.getWelcomeBonusPoints());
        this.welcomeBonus = rules.getWelcomeBonusPoints() > 0;
        this.pendingDays = rules.getPendingDays();
        this.expiryPolicy = rules.getExpiryPolicy();
        this.expiryMonths = rules.getExpiryMonths();
        this.termsVersion = termsVersion;
        this.termsHtml = termsHtml;
    }

    public static ClubPage of(String name, boolean open, ProgrammeRules rules, Currency currency, Locale locale,
                              String termsVersion, String termsHtml) {
        return new ClubPage(name, open, rules, currency, locale, termsVersion, termsHtml);
    }

    public String getName() {
        return name;
    }

    /** Whether shoppers can join and earn now. */
    public boolean isOpen() {
        return open;
    }

    /** Points earned per currency unit, e.g. "1" or "1.5". */
    public String getEarnPoints() {
        return earnPoints;
    }

    /** One currency unit, formatted, e.g. "$1.00". */
    public String getEarnUnit() {
        return earnUnit;
    }

    /** Points that pay for one currency unit, e.g. "100". */
    public String getRedeemPoints() {
        return redeemPoints;
    }

    public String getRedeemValue() {
        return redeemValue;
    }

    public int getMaximumSharePercent() {
        return maximumSharePercent;
    }

    public boolean isPointsPayable() {
        return maximumSharePercent > 0;
    }

    public String getMinimumPoints() {
        return minimumPoints;
    }

    public String getWelcomePoints() {
        return welcomePoints;
    }

    public boolean isWelcomeBonus() {
        return welcomeBonus;
    }

    public int getPendingDays() {
        return pendingDays;
    }

    /** The expiry policy's name, for choosing its sentence: NEVER, MONTHS_AFTER_EARNING, END_OF_FOLLOWING_YEAR. */
    public String getExpiryPolicy() {
        return expiryPolicy.name();
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public String getTermsHtml() {
        return termsHtml;
    }
}
