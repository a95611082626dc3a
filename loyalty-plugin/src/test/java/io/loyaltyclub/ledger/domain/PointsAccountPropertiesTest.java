package io.loyaltyclub.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random sequences of earning, spending, reversing, restoring, expiring, adjusting and the passing of time,
 * with the ledger invariants of the loyalty spec checked after every step:
 * the sum of all entries equals available + pending - debt; nothing is negative; a debt exists only when
 * nothing is available; spending and expiry take lots soonest-expiring first; a refused spending changes nothing.
 */
class PointsAccountPropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Property(tries = 300)
    void the_ledger_invariants_hold_after_every_step(@ForAll("operations") @Size(min = 1, max = 60) List<Op> ops) {
        Simulation sim = new Simulation();
        for (Op op : ops) {
            op.applyTo(sim);
            sim.checkInvariants(op);
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> earn = Combinators.combine(Arbitraries.longs().between(1, 500), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(-1, 400)).as(Earn::new);
        Arbitrary<Op> redeem = Arbitraries.longs().between(1, 700).map(Redeem::new);
        Arbitrary<Op> reverse = Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.longs().between(1, 500))
                .as(Reverse::new);
        Arbitrary<Op> restore = Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.longs().between(1, 700))
                .as(Restore::new);
        Arbitrary<Op> adjust = Arbitraries.longs().between(-400, 400).filter(p -> p != 0).map(Adjust::new);
        Arbitrary<Op> time = Arbitraries.integers().between(0, 90).map(Advance::new);
        Arbitrary<Op> expire = Arbitraries.just(new Expire());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, earn), net.jqwik.api.Tuple.of(4, redeem), net.jqwik.api.Tuple.of(2, reverse),
                net.jqwik.api.Tuple.of(2, restore), net.jqwik.api.Tuple.of(2, adjust), net.jqwik.api.Tuple.of(3, time),
                net.jqwik.api.Tuple.of(2, expire)).list();
    }

    /** The account under test, the clock, and every entry posted so far, kept independently. */
    static final class Simulation {
        final PointsAccount account = new PointsAccount(new ArrayList<Lot>(), 0);
        final List<Lot> earnedLots = new ArrayList<Lot>();
        final List<List<Consumption>> spendings = new ArrayList<List<Consumption>>();
        final Map<Lot, Boolean> seen = new IdentityHashMap<Lot, Boolean>();
        long entrySum;
        Instant now = START;
        long nextId = 1;

        void post(Posting posting) {
            entrySum += posting.getPoints();
            for (Lot lot : posting.getCreatedLots()) {
                lot.assignId(nextId++);
                seen.put(lot, true);
            }
        }

        void activate() {
            account.activate(now);
        }

        void checkInvariants(Op op) {
            Balance balance = account.balance(now, Duration.ofDays(30));
            assertThat(balance.getAvailable()).as("available after %s", op).isNotNegative();
            assertThat(balance.getPending()).as("pending after %s", op).isNotNegative();
            assertThat(balance.getDebt()).as("debt after %s", op).isNotNegative();
            assertThat(balance.getNet()).as("sum of all entries after %s", op).isEqualTo(entrySum);
            long lotsLeft = 0;
            for (Lot lot : account.lots()) {
                assertThat(lot.getRemaining()).as("lot %s", lot).isBetween(0L, lot.getPoints());
                if (lot.isActive() || lot.isPending()) {
                    lotsLeft += lot.getRemaining();
                }
            }
            assertThat(lotsLeft - balance.getDebt()).as("remaining lot points minus debt after %s", op).isEqualTo(entrySum);
            if (balance.getDebt() > 0) {
                assertThat(balance.getAvailable()).as("a debt is paid before anything is available, after %s", op).isZero();
            }
            if (balance.getExpiringSoon() > 0) {
                assertThat(balance.getNextExpiry()).isAfter(now).isBeforeOrEqualTo(now.plus(Duration.ofDays(30)));
            }
            checkTotals(op);
        }

        /**
         * The balance read from totals and points due by moment equals the lots brought up to that moment, now and
         * later, at the moments lots fall due and just before them.
         */
        void checkTotals(Op op) {
            List<Instant> moments = new ArrayList<Instant>();
            for (int days : new int[] {0, 1, 15, 31, 100, 400}) {
                moments.add(now.plus(Duration.ofDays(days)));
            }
            List<Lot> lots = account.lots();
            for (Lot lot : lots.subList(0, Math.min(6, lots.size()))) {
                for (Instant at : new Instant[] {lot.getAvailableAt(), lot.getExpiresAt()}) {
                    if (at != null && !at.isBefore(now)) {
                        moments.add(at);
                        moments.add(at.minusMillis(1));
                    }
                }
            }
            long available = 0;
            long pending = 0;
            List<PointsTotals.Due> due = new ArrayList<PointsTotals.Due>();
            for (Lot lot : lots) {
                available += lot.isActive() ? lot.getRemaining() : 0;
                pending += lot.isPending() ? lot.getRemaining() : 0;
                if (PointsTotals.dueOf(lot) != null) {
                    due.add(PointsTotals.dueOf(lot));
                }
            }
            PointsTotals totals = new PointsTotals(available, pending, account.debt(), due);
            for (Instant at : moments) {
                if (at.isBefore(now)) {
                    continue;
                }
                List<Lot> copies = new ArrayList<Lot>();
                for (Lot lot : lots) {
                    copies.add(new Lot(lot.getId(), lot.getPoints(), lot.getRemaining(), lot.getReversed(),
                            lot.getExpired(), lot.getAvailableAt(), lot.getExpiresAt(), lot.getState()));
                }
                PointsAccount settled = new PointsAccount(copies, account.debt());
                settled.settle(at, new ArrayList<Lot>());
                assertThat(totals.at(at, Duration.ofDays(30))).as("balance read from totals at %s after %s", at, op)
                        .usingRecursiveComparison().isEqualTo(settled.balance(at, Duration.ofDays(30)));
            }
        }
    }

    interface Op {
        void applyTo(Simulation sim);
    }

    static final class Earn implements Op {
        final long points;
        final int pendingDays;
        final int expiryDays;

        Earn(long points, int pendingDays, int expiryDays) {
            this.points = points;
            this.pendingDays = pendingDays;
            this.expiryDays = expiryDays;
        }

        @Override
        public void applyTo(Simulation sim) {
            sim.activate();
            Instant available = sim.now.plus(Duration.ofDays(pendingDays));
            Instant expires = expiryDays < 0 ? null : available.plus(Duration.ofDays(expiryDays + 1));
            Posting posting = sim.account.earn(points, sim.now, available, expires);
            sim.post(posting);
            sim.earnedLots.add(posting.getCreatedLot());
        }

        @Override
        public String toString() {
            return "earn " + points + " pending " + pendingDays + "d, expiry " + expiryDays + "d";
        }
    }

    static final class Redeem implements Op {
        final long points;

        Redeem(long points) {
            this.points = points;
        }

        @Override
        public void applyTo(Simulation sim) {
            sim.activate();
            long before = sim.account.available();
            List<Lot> order = new ArrayList<Lot>();
            for (Lot lot : sim.account.lots()) {
                if (lot.isActive() && lot.getRemaining() > 0) {
                    order.add(lot);
                }
            }
            try {
                Posting posting = sim.account.redeem(points, sim.now);
                assertThat(points).as("a spending beyond the available points must be refused").isLessThanOrEqualTo(before);
                sim.post(posting);
                sim.spendings.add(posting.getConsumed());
                // Soonest-expiring first: every lot before the last one touched is empty now.
                Lot last = posting.getConsumed().get(posting.getConsumed().size() - 1).getLot();
                for (Lot lot : order) {
                    if (lot == last) {
                        break;
                    }
                    assertThat(lot.getRemaining()).as("lot %s spent before a later-expiring one", lot).isZero();
                }
            } catch (InsufficientPointsException refused) {
                assertThat(points).isGreaterThan(before);
                assertThat(sim.account.available()).as("a refused spending changes nothing").isEqualTo(before);
            }
        }

        @Override
        public String toString() {
            return "redeem " + points;
        }
    }

    static final class Reverse implements Op {
        final int which;
        final long points;

        Reverse(int which, long points) {
            this.which = which;
            this.points = points;
        }

        @Override
        public void applyTo(Simulation sim) {
            if (sim.earnedLots.isEmpty()) {
                return;
            }
            sim.activate();
            Lot lot = sim.earnedLots.get(which % sim.earnedLots.size());
            long left = lot.getReversible();
            long wanted = Math.min(points, Math.max(left, 1));
            long netBefore = sim.account.balance(sim.now, Duration.ZERO).getNet();
            try {
                sim.post(sim.account.reverseEarn(lot, wanted, sim.now));
                assertThat(wanted).isLessThanOrEqualTo(left);
            } catch (IllegalArgumentException overReversal) {
                assertThat(wanted).isGreaterThan(left);
                assertThat(sim.account.balance(sim.now, Duration.ZERO).getNet()).isEqualTo(netBefore);
            }
        }

        @Override
        public String toString() {
            return "reverse " + points + " of earning #" + which;
        }
    }

    static final class Restore implements Op {
        final int which;
        final long points;

        Restore(int which, long points) {
            this.which = which;
            this.points = points;
        }

        @Override
        public void applyTo(Simulation sim) {
            if (sim.spendings.isEmpty()) {
                return;
            }
            sim.activate();
            List<Consumption> spending = sim.spendings.get(which % sim.spendings.size());
            long restorable = 0;
            for (Consumption c : spending) {
                restorable += c.getRestorable();
            }
            if (restorable == 0) {
                return;
            }
            long wanted = Math.min(points, restorable);
            Posting posting = sim.account.restore(spending, wanted, sim.now, sim.now.plus(Duration.ofDays(30)));
            sim.post(posting);
        }

        @Override
        public String toString() {
            return "restore " + points + " of spending #" + which;
        }
    }

    static final class Adjust implements Op {
        final long points;

        Adjust(long points) {
            this.points = points;
        }

        @Override
        public void applyTo(Simulation sim) {
            sim.activate();
            sim.post(sim.account.adjust(points, sim.now, sim.now.plus(Duration.ofDays(365))));
        }

        @Override
        public String toString() {
            return "adjust " + points;
        }
    }

    static final class Advance implements Op {
        final int days;

        Advance(int days) {
            this.days = days;
        }

        @Override
        public void applyTo(Simulation sim) {
            sim.now = sim.now.plus(Duration.ofDays(days));
        }

        @Override
        public String toString() {
            return "wait " + days + "d";
        }
    }

    static final class Expire implements Op {
        @Override
        public void applyTo(Simulation sim) {
            sim.activate();
            List<Lot> before = new ArrayList<Lot>(sim.account.lots());
            for (Posting posting : sim.account.expire(sim.now)) {
                sim.post(posting);
            }
            for (Lot lot : before) {
                if (lot.isActive() && lot.getRemaining() > 0 && lot.hasExpiredBy(sim.now)) {
                    fail("lot %s should have expired at %s", lot, sim.now);
                }
            }
        }

        @Override
        public String toString() {
            return "expire";
        }
    }
}
