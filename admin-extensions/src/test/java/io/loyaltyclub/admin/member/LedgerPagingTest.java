package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerPagingTest {

    @Test
    void forty_five_entries_make_three_pages_of_twenty_newest_first() {
        LedgerPaging first = LedgerPaging.of(1, 45);
        LedgerPaging last = LedgerPaging.of(3, 45);

        assertThat(first.getPages()).isEqualTo(3);
        assertThat(first.getFirst()).isEqualTo(1);
        assertThat(first.getLast()).isEqualTo(20);
        assertThat(first.hasNewer()).isFalse();
        assertThat(first.hasOlder()).isTrue();
        assertThat(last.getFirst()).isEqualTo(41);
        assertThat(last.getLast()).isEqualTo(45);
        assertThat(last.hasOlder()).isFalse();
        assertThat(last.hasNewer()).isTrue();
        assertThat(last.zeroBased()).isEqualTo(2);
    }

    @Test
    void a_page_out_of_range_shows_the_nearest_page_there_is() {
        assertThat(LedgerPaging.of(9, 45).getPage()).isEqualTo(3);
        assertThat(LedgerPaging.of(0, 45).getPage()).isEqualTo(1);
        assertThat(LedgerPaging.of(-4, 45).getPage()).isEqualTo(1);
    }

    @Test
    void an_empty_ledger_has_one_empty_page() {
        LedgerPaging none = LedgerPaging.of(1, 0);

        assertThat(none.getPages()).isEqualTo(1);
        assertThat(none.getFirst()).isZero();
        assertThat(none.getLast()).isZero();
        assertThat(none.hasOlder()).isFalse();
    }
}
