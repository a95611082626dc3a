package io.loyaltyclub.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.domain.EntryType;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.ledger.persistence.LedgerEntryImpl;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.member.persistence.LoyaltyAccountImpl;
import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;

class MemberPageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ShopperFormats US = new ShopperFormats(Locale.US, Currency.getInstance("USD"),
            ZoneId.of("America/New_York"));

    private static LoyaltyAccount account() {
        LoyaltyAccountImpl account = new LoyaltyAccountImpl();
        account.setJoinedAt(Date.from(Instant.parse("2026-03-01T15:00:00Z")));
        account.setTermsVersion("2");
        return account;
    }

    @Test
    void the_balance_shows_points_their_money_value_and_the_last_day_of_the_soonest_expiry() {
        Balance balance = new Balance(1250, 300, 0, 200, Instant.parse("2027-01-01T05:00:00Z"));

        MemberPage page = MemberPage.builder().club("Maple Club", ProgrammeRules.defaults()).formats(US)
                .member(account(), balance, NOW).build();

        assertThat(page.getAvailable()).isEqualTo("1,250");
        assertThat(page.getAvailableValue()).isEqualTo("$12.50");
        assertThat(page.getPending()).isEqualTo("300");
        assertThat(page.isInDebt()).isFalse();
        assertThat(page.getExpiringPoints()).isEqualTo("200");
        assertThat(page.getExpiringOn()).as("midnight in New York: valid through the 31st").isEqualTo("Dec 31, 2026");
        assertThat(page.getJoinedOn()).isEqualTo("Mar 1, 2026");
    }

    @Test
    void history_lines_say_what_happened_with_signed_points_and_when_pending_points_arrive() {
        LedgerEntry earned = new LedgerEntryImpl(1L, 2, EntryType.EARN, 120, EntryReason.ORDER, "k1",
                Date.from(NOW)).describedBy("2026112200001", 7L, null, null)
                .forLot(5L, Date.from(NOW.plusSeconds(14 * 86400)), null);
        LedgerEntry adjusted = new LedgerEntryImpl(1L, 3, EntryType.ADJUST, -40, EntryReason.ADMIN, "k2",
                Date.from(NOW)).describedBy(null, null, "internal note", "admin");
        LedgerEntry partner = new LedgerEntryImpl(1L, 4, EntryType.EARN, 10, EntryReason.PARTNER, "k3",
                Date.from(NOW)).describedBy("R-77", null, "Coffee at Bean & Co", null);

        MemberPage page = MemberPage.builder().club("Club", ProgrammeRules.defaults()).formats(US)
                .member(account(), new Balance(0, 120, 0, 0, null), NOW)
                .history(Arrays.asList(earned, adjusted, partner), 45, 2, 20).build();

        MemberPage.HistoryLine order = page.getHistory().get(0);
        assertThat(order.getReason()).isEqualTo("ORDER");
        assertThat(order.getReference()).isEqualTo("2026112200001");
        assertThat(order.getPoints()).isEqualTo("+120");
        assertThat(order.isGain()).isTrue();
        assertThat(order.getPendingUntil()).isEqualTo("Dec 6, 2026");
        MemberPage.HistoryLine correction = page.getHistory().get(1);
        assertThat(correction.getPoints()).isEqualTo("\u221240");
        assertThat(correction.getReference()).as("an admin's note is internal").isNull();
        assertThat(page.getHistory().get(2).getReference()).isEqualTo("Coffee at Bean & Co · R-77");
        assertThat(page.getPages()).isEqualTo(3);
        assertThat(page.isFirstPage()).isFalse();
        assertThat(page.isLastPage()).isFalse();
    }

    @Test
    void a_debt_is_shown_and_persian_pages_use_persian_digits() {
        ShopperFormats persian = new ShopperFormats(new Locale("fa", "IR"), Currency.getInstance("USD"), ZoneId.of("UTC"));

        MemberPage page = MemberPage.builder().club("Club", ProgrammeRules.defaults()).formats(persian)
                .member(account(), new Balance(0, 0, 40, 0, null), NOW).build();

        assertThat(page.isInDebt()).isTrue();
        assertThat(page.getDebt()).isEqualTo("۴۰");
        assertThat(page.getExpiringPoints()).isNull();
    }
}
