package io.loyaltyclub.admin.api;

import io.loyaltyclub.api.domain.ApiKeyState;
import io.loyaltyclub.api.persistence.ApiKey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** One API key as the admin's list shows it: never the secret, only its prefix. */
public final class ApiKeyRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final long id;
    private final String name;
    private final String prefix;
    private final String createdBy;
    private final String createdAt;
    private final String lastDay;
    private final String revokedAt;
    private final ApiKeyState state;

    public ApiKeyRow(ApiKey key, ZoneId zone, Instant now) {
        this.id = key.getId();
        this.name = key.getName();
        this.prefix = key.getPrefix();
        this.createdBy = key.getCreatedBy();
        this.createdAt = format(key.getCreatedAt(), WHEN, zone, 0);
        // The last day it works: the day of the moment before it expires.
        this.lastDay = format(key.getExpiresAt(), DAY, zone, 1);
        this.revokedAt = format(key.getRevokedAt(), WHEN, zone, 0);
        this.state = key.stateAt(now);
    }

    private static String format(Date date, DateTimeFormatter format, ZoneId zone, long millisBefore) {
        return date == null ? null : format.format(date.toInstant().minusMillis(millisBefore).atZone(zone));
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    /** The last day the key works, or null when it does not expire. */
    public String getLastDay() {
        return lastDay;
    }

    public String getRevokedAt() {
        return revokedAt;
    }

    public String getState() {
        return state.name();
    }

    public boolean isRevocable() {
        return state != ApiKeyState.REVOKED;
    }
}
