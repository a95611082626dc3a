package io.loyaltyclub.tier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Over which stretch of time a member's points or spending are counted (loyalty spec, section 5), in the store's
 * time zone. A tier reached is kept until the end of the period that follows the one it was reached in.
 */
public enum QualificationPeriod {
    /** The twelve months up to now; a tier reached at a moment is kept twelve months from it. */
    ROLLING_12_MONTHS {
        @Override
        public Instant start(Instant now, ZoneId zone) {
            return now.atZone(zone).minusMonths(12).toInstant();
        }

        @Override
        public Instant end(Instant now, ZoneId zone) {
            return now;
        }

        @Override
        public Instant keptUntil(Instant reachedAt, ZoneId zone) {
            return reachedAt.atZone(zone).plusMonths(12).toInstant();
        }

        @Override
        public Instant previousStart(Instant now, ZoneId zone) {
            return null;
        }
    },
    /** The calendar year so far; a tier reached in a year is kept to the end of the next year. */
    CALENDAR_YEAR {
        @Override
        public Instant start(Instant now, ZoneId zone) {
            return yearStart(now.atZone(zone).getYear(), zone);
        }

        @Override
        public Instant end(Instant now, ZoneId zone) {
            return yearStart(now.atZone(zone).getYear() + 1, zone);
        }

        @Override
        public Instant keptUntil(Instant reachedAt, ZoneId zone) {
            return yearStart(reachedAt.atZone(zone).getYear() + 2, zone);
        }

        @Override
        public Instant previousStart(Instant now, ZoneId zone) {
            return yearStart(now.atZone(zone).getYear() - 1, zone);
        }
    };

    /** Where the period that counts now begins. */
    public abstract Instant start(Instant now, ZoneId zone);

    /** Where the period that counts now ends: now for a rolling period, the next new year for a calendar year. */
    public abstract Instant end(Instant now, ZoneId zone);

    /** The first moment a tier reached at {@code reachedAt} is no longer kept without qualifying again. */
    public abstract Instant keptUntil(Instant reachedAt, ZoneId zone);

    /**
     * Where the period before the current one began (it ends where the current one begins), or null when periods
     * roll: then only the current window counts.
     */
    public abstract Instant previousStart(Instant now, ZoneId zone);

    /** The period with this name; twelve rolling months for a blank or unknown one. */
    public static QualificationPeriod named(String name) {
        for (QualificationPeriod period : values()) {
            if (period.name().equals(name)) {
                return period;
            }
        }
        return ROLLING_12_MONTHS;
    }

    private static Instant yearStart(int year, ZoneId zone) {
        ZonedDateTime start = LocalDate.of(year, 1, 1).atStartOfDay(zone);
        return start.toInstant();
    }
}
