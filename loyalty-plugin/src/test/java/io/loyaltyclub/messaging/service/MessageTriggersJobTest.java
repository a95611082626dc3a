package io.loyaltyclub.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MessageTriggersJobTest {

    private final ZoneId riga = ZoneId.of("Europe/Riga");

    @Test
    void reminders_are_looked_for_in_the_first_run_of_a_store_day() {
        Instant now = Instant.parse("2030-05-10T12:00:00Z");
        assertThat(MessageTriggersJob.firstRunOfTheDay(now, null, riga)).as("never ran").isTrue();
        assertThat(MessageTriggersJob.firstRunOfTheDay(now, now.minus(Duration.ofMinutes(5)), riga)).isFalse();
        assertThat(MessageTriggersJob.firstRunOfTheDay(now, Instant.parse("2030-05-09T20:59:00Z"), riga))
                .as("23:59 the day before in Riga").isTrue();
        assertThat(MessageTriggersJob.firstRunOfTheDay(now, Instant.parse("2030-05-09T21:01:00Z"), riga))
                .as("00:01 the same day in Riga").isFalse();
    }

    @Test
    void facts_are_looked_for_at_least_three_and_at_most_fourteen_days_back() {
        Instant now = Instant.parse("2030-05-10T12:00:00Z");
        assertThat(MessageTriggers.since(now, null)).isEqualTo(now.minus(Duration.ofDays(3)));
        assertThat(MessageTriggers.since(now, now.minus(Duration.ofMinutes(5)))).isEqualTo(now.minus(Duration.ofDays(3)));
        assertThat(MessageTriggers.since(now, now.minus(Duration.ofDays(6)))).isEqualTo(now.minus(Duration.ofDays(7)));
        assertThat(MessageTriggers.since(now, now.minus(Duration.ofDays(60)))).isEqualTo(now.minus(Duration.ofDays(14)));
        assertThat(MessageTriggers.since(now, now.plus(Duration.ofDays(400)))).as("a clock set back")
                .isEqualTo(now.minus(Duration.ofDays(3)));
    }
}
