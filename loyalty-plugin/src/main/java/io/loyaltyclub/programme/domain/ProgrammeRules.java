package io.loyaltyclub.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of the loyalty programme that earning, redeeming and expiry are computed from
 * (loyalty spec, section 1). Immutable; build one with {@link #builder()} and check it with
 * {@link #problems()} before it is saved.
 *
 * <p>Points are whole numbers ({@code long}); money is {@link BigDecimal} in the store currency.
 */
public final class ProgrammeRules {

    /** The limit of the "maximum share of an order payable by points" setting. */
    public static final int MAX_SHARE_PERCENT = 100;

    /** The largest earn rate an admin can set, points per currency unit. */
    public static final BigDecimal MAX_EARN_RATE = new BigDecimal(1000);

    private final BigDecimal pointsPerCurrencyUnit;
    private final long pointsPerCurrencyUnitRedeemed;
    private final int pendingDays;
    private final ExpiryPolicy expiryPolicy;
    private final int expiryMonths;
    private final long minimumRedemptionPoints;
    private final int maximumOrderSharePercent;
    private final boolean doublePromotions;
    private final long welcomeBonusPoints;
    private final String timeZone;
    private final int restoreGraceDays;

    private ProgrammeRules(Builder b) {
        this.pointsPerCurrencyUnit = b.pointsPerCurrencyUnit;
        this.pointsPerCurrencyUnitRedeemed = b.pointsPerCurrencyUnitRedeemed;
        this.pendingDays = b.pendingDays;
        this.expiryPolicy = b.expiryPolicy;
        this.expiryMonths = b.expiryMonths;
        this.minimumRedemptionPoints = b.minimumRedemptionPoints;
        this.maximumOrderSharePercent = b.maximumOrderSharePercent;
        this.doublePromotions = b.doublePromotions;
        this.welcomeBonusPoints = b.welcomeBonusPoints;
        this.timeZone = b.timeZone;
        this.restoreGraceDays = b.restoreGraceDays;
    }

    /** A builder holding the defaults of the loyalty spec. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults of the loyalty spec: 1 point per 1.00, 100 points = 1.00, 14 pending days, ... */
    public static ProgrammeRules defaults() {
        return builder().build();
    }

    /**
     * Points earned on an eligible amount, before any multiplier: the amount times the earn rate,
     * rounded down to a whole point. A zero or negative amount earns nothing.
     */
    public long basePointsFor(BigDecimal eligibleAmount) {
        if (eligibleAmount == null || eligibleAmount.signum() <= 0) {
            return 0;
        }
        return eligibleAmount.multiply(pointsPerCurrencyUnit).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /**
     * The money value of {@code points} when redeemed, in the currency's smallest unit given by
     * {@code currencyScale} (2 for cents), rounded down so that points never pay more than they are worth.
     */
    public BigDecimal moneyValueOf(long points, int currencyScale) {
        if (points <= 0) {
            return BigDecimal.ZERO.setScale(currencyScale);
        }
        return BigDecimal.valueOf(points)
                .divide(BigDecimal.valueOf(pointsPerCurrencyUnitRedeemed), currencyScale, RoundingMode.DOWN);
    }

    /** The day points earned on {@code earnedOn} can first be spent. */
    public LocalDate availableOn(LocalDate earnedOn) {
        return earnedOn.plusDays(pendingDays);
    }

    /**
     * The last day points earned on {@code earnedOn} can be spent (they expire at the end of it),
     * or {@code null} when they never expire.
     * With {@link ExpiryPolicy#MONTHS_AFTER_EARNING} points earned on 31 January with one month
     * of validity are good until the last day of February.
     */
    public LocalDate lastValidDay(LocalDate earnedOn) {
        switch (expiryPolicy) {
            case MONTHS_AFTER_EARNING:
                return earnedOn.plusMonths(expiryMonths);
            case END_OF_FOLLOWING_YEAR:
                return LocalDate.of(earnedOn.getYear() + 1, Month.DECEMBER, 31);
            case NEVER:
            default:
                return null;
        }
    }

    /** The store's time zone: days, months and years of the programme are counted in it. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("UTC");
        }
    }

    /** The moment points earned at {@code earnedAt} can be spent: the pending days later, same time of day. */
    public Instant availableAt(Instant earnedAt) {
        return earnedAt.atZone(zone()).plusDays(pendingDays).toInstant();
    }

    /**
     * The first moment points earned at {@code earnedAt} are no longer valid (the start of the day after their
     * last valid day, in the store's time zone), or {@code null} when they never expire.
     */
    public Instant expiresAt(Instant earnedAt) {
        LocalDate last = lastValidDay(earnedAt.atZone(zone()).toLocalDate());
        return last == null ? null : last.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /**
     * When spent points given back after their own expiry has passed expire: at the end of the day
     * {@link #getRestoreGraceDays()} days from {@code now}.
     */
    public Instant graceExpiry(Instant now) {
        return now.atZone(zone()).toLocalDate().plusDays(restoreGraceDays + 1L).atStartOfDay(zone()).toInstant();
    }

    /**
     * The most points that may pay for an order of {@code orderTotal}: its maximum share, rounded down to the
     * currency's smallest unit, in whole points that are worth no more than that.
     */
    public long maximumPointsFor(BigDecimal orderTotal, int currencyScale) {
        if (orderTotal == null || orderTotal.signum() <= 0) {
            return 0;
        }
        BigDecimal share = orderTotal.multiply(BigDecimal.valueOf(maximumOrderSharePercent))
                .divide(BigDecimal.valueOf(100), currencyScale, RoundingMode.DOWN);
        return share.multiply(BigDecimal.valueOf(pointsPerCurrencyUnitRedeemed)).setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }

    /**
     * The fewest points whose money value is {@code amount}: what a payment of that amount really costs,
     * so that a shopper is never charged points that bought nothing.
     */
    public long pointsFor(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return 0;
        }
        return amount.multiply(BigDecimal.valueOf(pointsPerCurrencyUnitRedeemed)).setScale(0, RoundingMode.UP)
                .longValueExact();
    }

    /**
     * What is wrong with these numbers, one {@link Problem} per field, in sentences an admin can act on;
     * empty when they are valid. Field names are those of the programme settings entity.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<Problem>();
        if (pointsPerCurrencyUnit == null || pointsPerCurrencyUnit.signum() < 0) {
            problems.add(new Problem("pointsPerCurrencyUnit", "Points earned per 1.00 spent must be zero or more."));
        } else if (pointsPerCurrencyUnit.stripTrailingZeros().scale() > 4) {
            problems.add(new Problem("pointsPerCurrencyUnit", "Points earned per 1.00 spent can have at most 4 decimals."));
        } else if (pointsPerCurrencyUnit.compareTo(MAX_EARN_RATE) > 0) {
            problems.add(new Problem("pointsPerCurrencyUnit", "Points earned per 1.00 spent can be at most 1000."));
        }
        if (pointsPerCurrencyUnitRedeemed < 1) {
            problems.add(new Problem("pointsPerCurrencyUnitRedeemed", "Points needed for 1.00 off must be at least 1."));
        }
        if (pendingDays < 0 || pendingDays > 365) {
            problems.add(new Problem("pendingDays", "Pending days must be between 0 and 365."));
        }
        if (expiryPolicy == null) {
            problems.add(new Problem("expiryPolicy", "Choose when points expire."));
        } else if (expiryPolicy == ExpiryPolicy.MONTHS_AFTER_EARNING && (expiryMonths < 1 || expiryMonths > 120)) {
            problems.add(new Problem("expiryMonths",
                    "When points expire a number of months after earning, give between 1 and 120 months."));
        }
        if (minimumRedemptionPoints < 0) {
            problems.add(new Problem("minimumRedemptionPoints", "Minimum points per redemption must be zero or more."));
        }
        if (maximumOrderSharePercent < 0 || maximumOrderSharePercent > MAX_SHARE_PERCENT) {
            problems.add(new Problem("maximumOrderSharePercent",
                    "The share of an order payable with points must be between 0 and 100 %."));
        }
        if (welcomeBonusPoints < 0) {
            problems.add(new Problem("welcomeBonusPoints", "Welcome bonus points must be zero or more."));
        }
        if (!isZone(timeZone)) {
            problems.add(new Problem("timeZone",
                    "Give the store's time zone as a region name such as Europe/Riga or America/New_York."));
        }
        if (restoreGraceDays < 1 || restoreGraceDays > 365) {
            problems.add(new Problem("restoreGraceDays", "The grace period for given-back points must be 1 to 365 days."));
        }
        return Collections.unmodifiableList(problems);
    }

    private static boolean isZone(String id) {
        if (id == null || id.trim().isEmpty()) {
            return false;
        }
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** One thing wrong with programme settings: the field and what to do about it. */
    public static final class Problem {
        private final String field;
        private final String message;

        public Problem(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    public BigDecimal getPointsPerCurrencyUnit() {
        return pointsPerCurrencyUnit;
    }

    public long getPointsPerCurrencyUnitRedeemed() {
        return pointsPerCurrencyUnitRedeemed;
    }

    public int getPendingDays() {
        return pendingDays;
    }

    public ExpiryPolicy getExpiryPolicy() {
        return expiryPolicy;
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    public long getMinimumRedemptionPoints() {
        return minimumRedemptionPoints;
    }

    public int getMaximumOrderSharePercent() {
        return maximumOrderSharePercent;
    }

    public boolean isDoublePromotions() {
        return doublePromotions;
    }

    public long getWelcomeBonusPoints() {
        return welcomeBonusPoints;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Days that spent points given back after their own expiry stay valid. */
    public int getRestoreGraceDays() {
        return restoreGraceDays;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProgrammeRules)) {
            return false;
        }
        ProgrammeRules that = (ProgrammeRules) o;
        return pointsPerCurrencyUnitRedeemed == that.pointsPerCurrencyUnitRedeemed
                && pendingDays == that.pendingDays
                && expiryMonths == that.expiryMonths
                && minimumRedemptionPoints == that.minimumRedemptionPoints
                && maximumOrderSharePercent == that.maximumOrderSharePercent
                && doublePromotions == that.doublePromotions
                && welcomeBonusPoints == that.welcomeBonusPoints
                && restoreGraceDays == that.restoreGraceDays
                && Objects.equals(timeZone, that.timeZone)
                && compare(pointsPerCurrencyUnit, that.pointsPerCurrencyUnit)
                && expiryPolicy == that.expiryPolicy;
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointsPerCurrencyUnit == null ? null : pointsPerCurrencyUnit.stripTrailingZeros(),
                pointsPerCurrencyUnitRedeemed, pendingDays, expiryPolicy, expiryMonths, minimumRedemptionPoints,
                maximumOrderSharePercent, doublePromotions, welcomeBonusPoints, timeZone, restoreGraceDays);
    }

    @Override
    public String toString() {
        return "ProgrammeRules{earn " + pointsPerCurrencyUnit + "/1.00, redeem " + pointsPerCurrencyUnitRedeemed
                + "/1.00, pending " + pendingDays + "d, expiry " + expiryPolicy
                + (expiryPolicy == ExpiryPolicy.MONTHS_AFTER_EARNING ? " " + expiryMonths + "m" : "")
                + ", min " + minimumRedemptionPoints + ", max share " + maximumOrderSharePercent + "%"
                + ", double promotions " + doublePromotions + ", welcome " + welcomeBonusPoints + ", zone " + timeZone
                + ", grace " + restoreGraceDays + "d}";
    }

    /** Builds {@link ProgrammeRules}; starts from the defaults of the loyalty spec. */
    public static final class Builder {
        private BigDecimal pointsPerCurrencyUnit = BigDecimal.ONE;
        private long pointsPerCurrencyUnitRedeemed = 100;
        private int pendingDays = 14;
        private ExpiryPolicy expiryPolicy = ExpiryPolicy.MONTHS_AFTER_EARNING;
        private int expiryMonths = 24;
        private long minimumRedemptionPoints = 100;
        private int maximumOrderSharePercent = 50;
        private boolean doublePromotions = false;
        private long welcomeBonusPoints = 100;
        private String timeZone = "UTC";
        private int restoreGraceDays = 30;

        private Builder() {
        }

        public Builder pointsPerCurrencyUnit(BigDecimal value) {
            this.pointsPerCurrencyUnit = value;
            return this;
        }

        public Builder pointsPerCurrencyUnitRedeemed(long value) {
            this.pointsPerCurrencyUnitRedeemed = value;
            return this;
        }

        public Builder pendingDays(int value) {
            this.pendingDays = value;
            return this;
        }

        public Builder expiryPolicy(ExpiryPolicy value) {
            this.expiryPolicy = value;
            return this;
        }

        public Builder expiryMonths(int value) {
            this.expiryMonths = value;
            return this;
        }

        public Builder minimumRedemptionPoints(long value) {
            this.minimumRedemptionPoints = value;
            return this;
        }

        public Builder maximumOrderSharePercent(int value) {
            this.maximumOrderSharePercent = value;
            return this;
        }

        public Builder doublePromotions(boolean value) {
            this.doublePromotions = value;
            return this;
        }

        public Builder welcomeBonusPoints(long value) {
            this.welcomeBonusPoints = value;
            return this;
        }

        public Builder timeZone(String value) {
            this.timeZone = value;
            return this;
        }

        public Builder restoreGraceDays(int value) {
            this.restoreGraceDays = value;
            return this;
        }

        public ProgrammeRules build() {
            return new ProgrammeRules(this);
        }
    }
}
