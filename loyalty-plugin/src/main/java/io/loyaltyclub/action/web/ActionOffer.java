package io.loyaltyclub.action.web;

import java.util.List;

/** An action the club rewards, as the club page lists it: the action, its points and its caps. */
public final class ActionOffer {

    private final String type;
    private final long points;
    private final List<Cap> caps;

    ActionOffer(String type, long points, List<Cap> caps) {
        this.type = type;
        this.points = points;
        this.caps = caps;
    }

    public String getType() {
        return type;
    }

    public long getPoints() {
        return points;
    }

    /** The caps that apply (period and count), shortest period first. */
    public List<Cap> getCaps() {
        return caps;
    }

    /** One cap: at most {@code count} rewards per {@code period} (DAY, MONTH, YEAR, LIFETIME). */
    public static final class Cap {

        private final String period;
        private final int count;

        Cap(String period, int count) {
            this.period = period;
            this.count = count;
        }

        public String getPeriod() {
            return period;
        }

        public int getCount() {
            return count;
        }
    }
}
