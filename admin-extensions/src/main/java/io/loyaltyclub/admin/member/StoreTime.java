package io.loyaltyclub.admin.member;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Moments and days as the admin reads them: in the store's time zone (the programme's), where the club counts
 * its days, whatever the server's own zone is.
 */
public final class StoreTime {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

    private final ZoneId zone;

    public StoreTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Date and time, like 2026-11-22 17:40; null for null. */
    public String moment(Date date) {
        return date == null ? null : moment(date.toInstant());
    }

    public String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant.atZone(zone));
    }

    /**
     * The last day points are valid when they expire at {@code expiresAt} (the first moment they are no longer
     * valid, usually the start of the next day), like 2026-11-30; null when they never expire.
     */
    public String lastValidDay(Date expiresAt) {
        return expiresAt == null ? null : lastValidDay(expiresAt.toInstant());
    }

    public String lastValidDay(Instant expiresAt) {
        return expiresAt == null ? null : DAY.format(expiresAt.minusNanos(1).atZone(zone));
    }
}
