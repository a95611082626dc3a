package io.loyaltyclub.action.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;

class ActionCapsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Instant at(String moment) {
        return Instant.parse(moment);
    }

    @Test
    void no_caps_never_stop_a_reward() {
        assertThat(ActionCaps.none().reached(Collections.nCopies(1000, at("2030-01-01T00:00:00Z")),
                at("2030-01-01T01:00:00Z"), UTC)).isNull();
    }

    @Test
    void each_period_counts_its_own_calendar_span() {
        ActionCaps caps = new ActionCaps(1, 2, 3, 4);

        assertThat(caps.reached(Arrays.asList(at("2030-03-10T08:00:00Z")), at("2030-03-10T20:00:00Z"), UTC))
                .isEqualTo(ActionCaps.Period.DAY);
        assertThat(caps.reached(Arrays.asList(at("2030-03-10T08:00:00Z")), at("2030-03-11T00:00:00Z"), UTC))
                .isNull();
        assertThat(caps.reached(Arrays.asList(at("2030-03-01T08:00:00Z"), at("2030-03-10T08:00:00Z")),
                at("2030-03-31T23:59:00Z"), UTC)).isEqualTo(ActionCaps.Period.MONTH);
        assertThat(caps.reached(Arrays.asList(at("2030-01-01T08:00:00Z"), at("2030-02-10T08:00:00Z"),
                at("2030-03-10T08:00:00Z")), at("2030-12-31T10:00:00Z"), UTC)).isEqualTo(ActionCaps.Period.YEAR);
        assertThat(caps.reached(Arrays.asList(at("2027-01-01T08:00:00Z"), at("2028-02-10T08:00:00Z"),
                at("2029-03-10T08:00:00Z"), at("2029-04-10T08:00:00Z")), at("2035-01-01T10:00:00Z"), UTC))
                .isEqualTo(ActionCaps.Period.LIFETIME);
    }

    @Test
    void days_are_the_store_time_zones_days() {
        ActionCaps daily = new ActionCaps(1, null, null, null);
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        // 10:30 UTC is 23:30 in Auckland (UTC+13 in January); 11:30 UTC is already the next day there.
        Instant late = at("2030-01-10T10:30:00Z");

        assertThat(daily.reached(Arrays.asList(late), at("2030-01-10T10:50:00Z"), auckland))
                .isEqualTo(ActionCaps.Period.DAY);
        assertThat(daily.reached(Arrays.asList(late), at("2030-01-10T11:30:00Z"), auckland)).isNull();
        assertThat(daily.reached(Arrays.asList(late), at("2030-01-10T11:30:00Z"), UTC))
                .isEqualTo(ActionCaps.Period.DAY);
    }

    @Test
    void a_zero_cap_means_never_and_negative_or_huge_caps_are_problems() {
        assertThat(new ActionCaps(0, null, null, null).reached(Collections.<Instant>emptyList(),
                at("2030-01-01T00:00:00Z"), UTC)).isEqualTo(ActionCaps.Period.DAY);
        assertThat(new ActionCaps(-1, 5, null, 100001).problems()).containsExactly("perDay", "lifetime");
        assertThat(new ActionCaps(5, 2, null, null).inconsistent()).isTrue();
        assertThat(new ActionCaps(2, 5, 20, null).inconsistent()).isFalse();
    }
}
