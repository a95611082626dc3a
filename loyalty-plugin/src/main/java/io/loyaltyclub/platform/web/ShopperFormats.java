package io.loyaltyclub.platform.web;

import org.broadleafcommerce.common.web.BroadleafRequestContext;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Points, money and dates as a shopper reads them: in the page's language (its digits and separators), the
 * store's currency and the store's time zone.
 */
public final class ShopperFormats {

    private final Locale locale;
    private final Currency currency;
    private final ZoneId zone;
    private final NumberFormat points;
    private final NumberFormat money;
    private final DateTimeFormatter date;

    public ShopperFormats(Locale locale, Currency currency, ZoneId zone) {
        this.locale = locale;
        this.currency = currency;
        this.zone = zone;
        this.points = NumberFormat.getIntegerInstance(locale);
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(currency);
        money.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        money.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).withZone(zone);
    }

    /** The store's currency of the current request (Broadleaf's request context), US dollars outside one. */
    public static Currency storeCurrency() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        if (brc != null && brc.getBroadleafCurrency() != null && brc.getBroadleafCurrency().getCurrencyCode() != null) {
            return Currency.getInstance(brc.getBroadleafCurrency().getCurrencyCode());
        }
        return Currency.getInstance("USD");
    }

    /** The formats of the current request's shopper (language, store currency) in the store's time zone. */
    public static ShopperFormats ofRequest(ZoneId zone) {
        return new ShopperFormats(shopperLocale(), storeCurrency(), zone);
    }

    /** The shopper's language of the current request (Broadleaf's request context), the JVM's outside one. */
    public static Locale shopperLocale() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        return brc != null && brc.getJavaLocale() != null ? brc.getJavaLocale() : Locale.getDefault();
    }

    public String points(long value) {
        return points.format(value);
    }

    /** Points with their sign, "+120" or "−40" (a real minus sign). */
    public String signedPoints(long value) {
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + points.format(Math.abs(value));
    }

    public String money(BigDecimal value) {
        return money.format(value);
    }

    public String number(BigDecimal value, int maximumFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maximumFractionDigits);
        return format.format(value);
    }

    /** The day of {@code instant} in the store's time zone, or "" for null. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** A day (already in the store's time zone), or "" for null. */
    public String day(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public Locale getLocale() {
        return locale;
    }

    public Currency getCurrency() {
        return currency;
    }

    public ZoneId getZone() {
        return zone;
    }
}
