package io.loyaltyclub.ledger.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's points as lots and a debt, and the rules every change follows (loyalty spec, section 2):
 * <ul>
 *   <li>spending and expiry take lots soonest-expiring first, then the oldest ({@link Lot#SPENDING_ORDER});</li>
 *   <li>no spending goes beyond the available points;</li>
 *   <li>points taken back after they were spent come from the other available points, and what is still
 *       missing becomes a debt, which points that become available pay off first;</li>
 *   <li>points given back keep their lot's expiry, unless it has passed: then they get a lot of their own
 *       with a grace period.</li>
 * </ul>
 * The caller loads the account's open lots (those with points left) plus any lot an operation names, applies
 * one operation, and stores what the returned {@link Posting} says changed. Not thread-safe: the caller holds
 * the account's lock.
 */
public final class PointsAccount {

    private final List<Lot> lots;
    private long debt;

    public PointsAccount(Collection<Lot> lots, long debt) {
        if (debt < 0) {
            throw new IllegalArgumentException("A debt cannot be negative");
        }
        this.lots = new ArrayList<Lot>(lots);
        this.debt = debt;
    }

    /** Points that can be spent now. */
    public long available() {
        long sum = 0;
        for (Lot lot : lots) {
            if (lot.isActive()) {
                sum += lot.getRemaining();
            }
        }
        return sum;
    }

    /** Points earned but still in their return window. */
    public long pending() {
        long sum = 0;
        for (Lot lot : lots) {
            if (lot.isPending()) {
                sum += lot.getRemaining();
            }
        }
        return sum;
    }

    public long debt() {
        return debt;
    }

    /** The balance at {@code now}, with the available points that expire within {@code lookAhead}. */
    public Balance balance(Instant now, Duration lookAhead) {
        Instant horizon = now.plus(lookAhead);
        long expiring = 0;
        Instant next = null;
        for (Lot lot : lots) {
            if (lot.isActive() && lot.getRemaining() > 0 && lot.getExpiresAt() != null
                    && lot.getExpiresAt().isAfter(now) && !lot.getExpiresAt().isAfter(horizon)) {
                expiring += lot.getRemaining();
                if (next == null || lot.getExpiresAt().isBefore(next)) {
                    next = lot.getExpiresAt();
                }
            }
        }
        return new Balance(available(), pending(), debt, expiring, next);
    }

    /** The lots this account knows, in spending order. */
    public List<Lot> lots() {
        List<Lot> sorted = new ArrayList<Lot>(lots);
        Collections.sort(sorted, Lot.SPENDING_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    /**
     * Credits earned points as a new lot: pending until {@code availableAt} (when that is in the future),
     * expiring at {@code expiresAt} (null: never). Points available at once pay off a debt first.
     */
    public Posting earn(long points, Instant now, Instant availableAt, Instant expiresAt) {
        requirePositive(points);
        Lot lot = Lot.credited(points, now, availableAt, expiresAt);
        lots.add(lot);
        Set<Lot> changed = new LinkedHashSet<Lot>();
        settleDebt(changed);
        changed.remove(lot);
        return new Posting(EntryType.EARN, points, now, Collections.singletonList(lot), new ArrayList<Lot>(changed),
                Collections.<Consumption>emptyList(), Collections.<Consumption>emptyList());
    }

    /**
     * Makes pending lots whose available time has come spendable, paying off a debt first. Changes no
     * balance total, so it is no ledger entry.
     *
     * @return the lots that changed
     */
    public List<Lot> activate(Instant now) {
        Set<Lot> changed = new LinkedHashSet<Lot>();
        for (Lot lot : lots) {
            if (lot.isPending() && !lot.getAvailableAt().isAfter(now)) {
                lot.activate();
                changed.add(lot);
            }
        }
        if (!changed.isEmpty()) {
            settleDebt(changed);
        }
        return new ArrayList<Lot>(changed);
    }

    /**
     * Ends a pending lot's pending period now, before its available time (an admin ended its order's return window):
     * its points are spendable at once, paying off a debt first, and the lot says it became available now. Changes
     * no balance total, so it is no ledger entry, like {@link #activate}.
     *
     * @return the points that were pending and are available now (0 when the lot was not pending)
     */
    public long endPendingPeriod(Lot lot, Instant now) {
        requireKnown(lot);
        if (!lot.isPending()) {
            return 0;
        }
        long points = lot.getRemaining();
        lot.availableFrom(now);
        settleDebt(new LinkedHashSet<Lot>(Collections.singletonList(lot)));
        return points;
    }

    /**
     * Spends available points, soonest-expiring first.
     *
     * @throws InsufficientPointsException when fewer points are available; nothing changes then
     */
    public Posting redeem(long points, Instant now) {
        requirePositive(points);
        long available = available();
        if (points > available) {
            throw new InsufficientPointsException(points, available);
        }
        Set<Lot> changed = new LinkedHashSet<Lot>();
        List<Consumption> consumed = take(points, changed);
        return new Posting(EntryType.REDEEM, -points, now, Collections.<Lot>emptyList(), new ArrayList<Lot>(changed),
                consumed, Collections.<Consumption>emptyList());
    }

    /**
     * Takes back points earned in {@code lot} (a cancelled or returned order): first what is left in the lot,
     * then from the other available points, and what is still missing becomes a debt.
     *
     * @throws IllegalArgumentException when more points would be taken back than the lot still has to take back:
     *                                  points taken back before, and points that expired, cannot be taken back
     */
    public Posting reverseEarn(Lot lot, long points, Instant now) {
        requirePositive(points);
        requireKnown(lot);
        lot.markReversed(points);
        Set<Lot> changed = new LinkedHashSet<Lot>();
        changed.add(lot);
        long missing = points - lot.take(points);
        debt += missing;
        settleDebt(changed);
        return new Posting(EntryType.REVERSE_EARN, -points, now, Collections.<Lot>emptyList(),
                new ArrayList<Lot>(changed), Collections.<Consumption>emptyList(), Collections.<Consumption>emptyList());
    }

    /**
     * Gives back spent points (checkout failed, the order was cancelled or returned) to the lots they were
     * taken from, the last-taken first. Points whose lot has expired meanwhile go to a new lot expiring at
     * {@code graceExpiry}. Restored points pay off a debt first.
     *
     * @param from what the spending took; at most what was not given back yet is restored
     */
    public Posting restore(List<Consumption> from, long points, Instant now, Instant graceExpiry) {
        requirePositive(points);
        long restorable = 0;
        for (Consumption c : from) {
            requireKnown(c.getLot());
            restorable += c.getRestorable();
        }
        if (points > restorable) {
            throw new IllegalArgumentException("Only " + restorable + " of these points can still be given back");
        }
        List<Consumption> newestFirst = new ArrayList<Consumption>(from);
        Collections.reverse(newestFirst);
        Set<Lot> changed = new LinkedHashSet<Lot>();
        List<Consumption> restored = new ArrayList<Consumption>();
        long graced = 0;
        long left = points;
        for (Consumption c : newestFirst) {
            if (left == 0) {
                break;
            }
            long back = Math.min(left, c.getRestorable());
            if (back == 0) {
                continue;
            }
            c.restore(back);
            restored.add(c);
            left -= back;
            if (c.getLot().hasExpiredBy(now)) {
                graced += back;
            } else {
                c.getLot().giveBack(back, now);
                changed.add(c.getLot());
            }
        }
        List<Lot> created = new ArrayList<Lot>();
        if (graced > 0) {
            Lot grace = Lot.credited(graced, now, now, graceExpiry);
            lots.add(grace);
            created.add(grace);
        }
        settleDebt(changed);
        changed.removeAll(created);
        return new Posting(EntryType.RESTORE_REDEEM, points, now, created, new ArrayList<Lot>(changed),
                Collections.<Consumption>emptyList(), restored);
    }

    /** Expires what is left of every available lot whose expiry has come: one posting per lot, soonest first. */
    public List<Posting> expire(Instant now) {
        return expireBy(now, now);
    }

    /**
     * Brings the lots up to {@code now} in the order things happened since they were last brought up to date: moment
     * by moment, the lots whose pending period ended become available and pay off a debt (so a debt is paid by the
     * points that became available first, not by whichever expire soonest among all that came due since); then the
     * lots that expired by {@code now} expire. What a balance says therefore does not depend on when this last ran (a
     * settlement job's timing changes no balance), which is what lets a balance be read from totals and points due by
     * moment ({@link PointsTotals}).
     *
     * @return the EXPIRE postings (dated {@code now}), in the order the lots expired
     */
    public List<Posting> settle(Instant now, List<Lot> activated) {
        java.util.TreeSet<Instant> moments = new java.util.TreeSet<Instant>();
        for (Lot lot : lots) {
            if (lot.isPending() && !lot.getAvailableAt().isAfter(now)) {
                moments.add(lot.getAvailableAt());
            }
        }
        List<Posting> expiries = new ArrayList<Posting>();
        for (Instant moment : moments) {
            Set<Lot> changed = new LinkedHashSet<Lot>();
            for (Lot lot : lots) {
                if (lot.isPending() && lot.getAvailableAt().equals(moment)) {
                    lot.activate();
                    changed.add(lot);
                }
            }
            activated.addAll(changed);
            settleDebt(changed);
        }
        expiries.addAll(expireBy(now, now));
        return expiries;
    }

    private List<Posting> expireBy(Instant moment, Instant at) {
        List<Posting> postings = new ArrayList<Posting>();
        for (Lot lot : lots()) {
            if (lot.isActive() && lot.getRemaining() > 0 && lot.hasExpiredBy(moment)) {
                long expired = lot.expireRest();
                postings.add(new Posting(EntryType.EXPIRE, -expired, at, Collections.<Lot>emptyList(),
                        Collections.singletonList(lot), Collections.<Consumption>emptyList(),
                        Collections.<Consumption>emptyList()));
            }
        }
        return postings;
    }

    /**
     * An admin's correction: added points are available at once (paying off a debt first); removed points
     * come from the available ones, soonest-expiring first, and what is missing becomes a debt.
     */
    public Posting adjust(long points, Instant now, Instant expiresAt) {
        if (points == 0) {
            throw new IllegalArgumentException("An adjustment changes the points by at least one");
        }
        Set<Lot> changed = new LinkedHashSet<Lot>();
        if (points > 0) {
            Lot lot = Lot.credited(points, now, now, expiresAt);
            lots.add(lot);
            settleDebt(changed);
            changed.remove(lot);
            return new Posting(EntryType.ADJUST, points, now, Collections.singletonList(lot),
                    new ArrayList<Lot>(changed), Collections.<Consumption>emptyList(), Collections.<Consumption>emptyList());
        }
        long wanted = -points;
        long fromLots = Math.min(wanted, available());
        List<Consumption> consumed = fromLots > 0 ? take(fromLots, changed) : Collections.<Consumption>emptyList();
        debt += wanted - fromLots;
        return new Posting(EntryType.ADJUST, points, now, Collections.<Lot>emptyList(), new ArrayList<Lot>(changed),
                consumed, Collections.<Consumption>emptyList());
    }

    private List<Consumption> take(long points, Set<Lot> changed) {
        List<Consumption> consumed = new ArrayList<Consumption>();
        long left = points;
        for (Lot lot : lots()) {
            if (left == 0) {
                break;
            }
            if (lot.isActive() && lot.getRemaining() > 0) {
                long taken = lot.take(left);
                left -= taken;
                consumed.add(new Consumption(lot, taken, 0));
                changed.add(lot);
            }
        }
        if (left > 0) {
            throw new IllegalStateException("Took " + (points - left) + " of " + points + " points: the account is inconsistent");
        }
        return consumed;
    }

    /** Pays a debt from available points, soonest-expiring first. */
    private void settleDebt(Set<Lot> changed) {
        if (debt == 0) {
            return;
        }
        for (Lot lot : lots()) {
            if (debt == 0) {
                break;
            }
            if (lot.isActive() && lot.getRemaining() > 0) {
                debt -= lot.take(debt);
                changed.add(lot);
            }
        }
    }

    private void requireKnown(Lot lot) {
        for (Lot known : lots) {
            if (known == lot) {
                return;
            }
        }
        throw new IllegalArgumentException("Load " + lot + " into the account before changing it");
    }

    private static void requirePositive(long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("Points must be a positive whole number, not " + points);
        }
    }
}
