package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

class StoreTimeTest {

    private final StoreTime riga = new StoreTime(ZoneId.of("Europe/Riga"));

    @Test
    void moments_are_shown_in_the_store_time_zone() {
        assertThat(riga.moment(Date.from(Instant.parse("2026-11-22T22:30:00Z")))).isEqualTo("2026-11-23 00:30");
        assertThat(riga.moment((Date) null)).isNull();
    }

    @Test
    void points_expiring_at_the_start_of_a_day_are_valid_through_the_day_before() {
        Instant startOfFirstDecember = LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Europe/Riga")).toInstant();

        assertThat(riga.lastValidDay(startOfFirstDecember)).isEqualTo("2026-11-30");
        assertThat(riga.lastValidDay(Date.from(startOfFirstDecember.plusSeconds(1)))).isEqualTo("2026-12-01");
        assertThat(riga.lastValidDay((Instant) null)).isNull();
    }
}
