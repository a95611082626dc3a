package io.loyaltyclub.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class WeeklyCapTest {

    private final Instant now = Instant.parse("2030-03-10T12:00:00Z");

    @Test
    void a_member_under_the_cap_may_get_a_message_now() {
        WeeklyCap cap = new WeeklyCap(3);
        assertThat(cap.nextSlot(Collections.<Instant>emptyList(), now)).isEqualTo(now);
        assertThat(cap.nextSlot(Arrays.asList(now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(1))), now))
                .isEqualTo(now);
    }

    @Test
    void at_the_cap_the_next_message_waits_until_enough_sent_ones_are_seven_days_old() {
        WeeklyCap cap = new WeeklyCap(2);
        Instant first = now.minus(Duration.ofDays(5));
        Instant second = now.minus(Duration.ofDays(2));
        Instant third = now.minus(Duration.ofDays(1));

        assertThat(cap.nextSlot(Arrays.asList(third, first), now)).isEqualTo(first.plus(WeeklyCap.WINDOW));
        assertThat(cap.nextSlot(Arrays.asList(third, second, first), now)).as("two must leave")
                .isEqualTo(second.plus(WeeklyCap.WINDOW));
    }

    @Test
    void messages_older_than_seven_days_do_not_count() {
        WeeklyCap cap = new WeeklyCap(1);
        assertThat(cap.nextSlot(Collections.singletonList(now.minus(Duration.ofDays(7))), now)).isEqualTo(now);
        assertThat(cap.nextSlot(Collections.singletonList(now.minus(Duration.ofDays(7)).plusSeconds(1)), now))
                .isEqualTo(now.plusSeconds(1));
    }

    @Test
    void a_cap_outside_one_to_fifty_is_refused() {
        assertThatThrownBy(() -> new WeeklyCap(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklyCap(51)).isInstanceOf(IllegalArgumentException.class);
    }
}
