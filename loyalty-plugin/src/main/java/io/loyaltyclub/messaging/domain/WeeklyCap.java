package io.loyaltyclub.messaging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * At most {@code perWeek} messages to a member in any 7 days (a rolling window, not a calendar week), counted over
 * the messages actually sent. A message that would pass the cap waits until the oldest of those leaves the window.
 */
public final class WeeklyCap {

    public static final Duration WINDOW = Duration.ofDays(7);
    public static final int MIN = 1;
    public static final int MAX = 50;

    private final int perWeek;

    public WeeklyCap(int perWeek) {
        if (perWeek < MIN || perWeek > MAX) {
            throw new IllegalArgumentException("The weekly cap is " + MIN + " to " + MAX + " messages, not " + perWeek);
        }
        this.perWeek = perWeek;
    }

    public int getPerWeek() {
        return perWeek;
    }

    /** Where the window of messages counted at {@code now} starts. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * When the next message may go: {@code now} when the member has room, otherwise the moment enough of the sent
     * messages have left the window.
     *
     * @param sent when the messages of the last 7 days were sent (older ones are ignored), in any order
     */
    public Instant nextSlot(List<Instant> sent, Instant now) {
        List<Instant> inWindow = new ArrayList<Instant>();
        Instant start = windowStart(now);
        for (Instant at : sent) {
            if (at.isAfter(start)) {
                inWindow.add(at);
            }
        }
        if (inWindow.size() < perWeek) {
            return now;
        }
        Collections.sort(inWindow);
        // The (size - perWeek + 1)th oldest must leave the window for the count to fall below the cap.
        return inWindow.get(inWindow.size() - perWeek).plus(WINDOW);
    }
}
