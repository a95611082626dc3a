package io.loyaltyclub.member.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class MembershipServiceIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final MembershipService memberships = club.memberships();
    private String terms;

    @BeforeEach
    void currentTerms() {
        club.reset();
        terms = club.programmes().findProgramme().getTermsVersion();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void joining_records_the_accepted_terms_and_consent_and_credits_the_welcome_bonus_available_at_once() {
        Customer customer = broadleaf.shop().customer("joiner");

        JoinResult result = memberships.join(customer.getId(), terms, true);

        LoyaltyAccount account = result.getAccount();
        assertThat(result.isJoinedNow()).isTrue();
        assertThat(account.getTermsVersion()).isEqualTo(terms);
        assertThat(account.isMarketingConsent()).isTrue();
        assertThat(account.getJoinedAt()).isNotNull();
        Balance balance = club.assertConsistent(account.getId());
        assertThat(balance.getAvailable()).isEqualTo(100);
        List<LedgerEntry> history = club.ledger().history(account.getId(), null, 10);
        assertThat(history).extracting(LedgerEntry::getReason).containsExactly(EntryReason.WELCOME);
        assertThat(history.get(0).getExpiresAt()).as("the welcome bonus follows the expiry policy").isNotNull();
    }

    @Test
    void joining_again_changes_nothing_and_gives_no_second_bonus() {
        Customer customer = broadleaf.shop().customer("twice");
        LoyaltyAccount first = memberships.join(customer.getId(), terms, false).getAccount();

        JoinResult again = memberships.join(customer.getId(), terms, true);

        assertThat(again.isJoinedNow()).isFalse();
        assertThat(again.getAccount().getId()).isEqualTo(first.getId());
        assertThat(again.getAccount().isMarketingConsent()).isFalse();
        assertThat(club.assertConsistent(first.getId()).getAvailable()).isEqualTo(100);
    }

    @Test
    void terms_accepted_in_an_older_version_are_refused_and_nobody_joins() {
        Customer customer = broadleaf.shop().customer("stale");
        club.configure(p -> p.setTermsVersion(terms + "-new"));

        assertThatThrownBy(() -> memberships.join(customer.getId(), terms, false))
                .isInstanceOf(StaleTermsException.class);
        assertThat(memberships.findByCustomer(customer.getId())).isNull();
        club.configure(p -> p.setTermsVersion(terms));
    }

    @Test
    void nobody_joins_a_club_that_is_not_open() {
        Customer customer = broadleaf.shop().customer("early");
        club.configure(p -> p.setActive(false));

        assertThatThrownBy(() -> memberships.join(customer.getId(), terms, false))
                .isInstanceOf(ClubClosedException.class);
        assertThat(memberships.findByCustomer(customer.getId())).isNull();
    }

    @Test
    void a_double_clicked_join_makes_one_membership_with_one_bonus() throws Exception {
        final Customer customer = broadleaf.shop().customer("double");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<Future<Long>>();
        for (int i = 0; i < 8; i++) {
            ids.add(pool.submit(new Callable<Long>() {
                @Override
                public Long call() throws Exception {
                    start.await();
                    return memberships.join(customer.getId(), terms, false).getAccount().getId();
                }
            }));
        }
        start.countDown();
        Set<Long> distinct = new HashSet<Long>();
        for (Future<Long> id : ids) {
            distinct.add(id.get());
        }
        pool.shutdown();

        assertThat(distinct).hasSize(1);
        long account = distinct.iterator().next();
        assertThat(club.ledger().countEntries(account)).isEqualTo(1);
        assertThat(club.assertConsistent(account).getAvailable()).isEqualTo(100);
    }

    @Test
    void marketing_consent_can_be_given_and_withdrawn_with_the_time_recorded() {
        Customer customer = broadleaf.shop().customer("consent");
        memberships.join(customer.getId(), terms, false);

        LoyaltyAccount given = memberships.changeMarketingConsent(customer.getId(), true);
        assertThat(given.isMarketingConsent()).isTrue();
        assertThat(given.getConsentChangedAt()).isNotNull();
        assertThat(memberships.changeMarketingConsent(customer.getId(), false).isMarketingConsent()).isFalse();
        assertThat(memberships.findByCustomer(customer.getId()).isMarketingConsent()).isFalse();
    }
}
