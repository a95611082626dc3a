package io.loyaltyclub.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The order lots are spent in: soonest-expiring first, never-expiring last, then the oldest, then by id. */
class LotSpendingOrderTest {

    private static final Instant DAY_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-01-02T00:00:00Z");
    private static final Instant NEXT_YEAR = Instant.parse("2027-06-01T00:00:00Z");

    private static Lot lot(long id, Instant availableAt, Instant expiresAt) {
        return new Lot(id, 10, 10, 0, 0, availableAt, expiresAt, LotState.ACTIVE);
    }

    @Test
    void a_lot_that_never_expires_comes_after_one_that_does_whichever_is_older_and_whichever_side_it_is_on() {
        Lot forever = lot(1, DAY_1, null);
        Lot expiring = lot(2, DAY_2, NEXT_YEAR);

        assertThat(Lot.SPENDING_ORDER.compare(forever, expiring)).isPositive();
        assertThat(Lot.SPENDING_ORDER.compare(expiring, forever)).isNegative();
    }

    @Test
    void sorting_any_mix_gives_soonest_expiry_first_then_age_then_id() {
        Lot a = lot(1, DAY_2, null);
        Lot b = lot(2, DAY_1, null);
        Lot c = lot(3, DAY_2, NEXT_YEAR);
        Lot d = lot(4, DAY_1, NEXT_YEAR);
        Lot e = lot(5, DAY_1, DAY_2.plusSeconds(86400 * 30));
        List<Lot> lots = new ArrayList<Lot>(Arrays.asList(a, b, c, d, e));
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(lots, new java.util.Random(i));
            lots.sort(Lot.SPENDING_ORDER);
            assertThat(lots).containsExactly(e, d, c, b, a);
        }
    }
}
