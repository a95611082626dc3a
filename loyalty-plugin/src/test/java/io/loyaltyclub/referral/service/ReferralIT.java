package io.loyaltyclub.referral.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.RunResult;
import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.persistence.MemberMessageImpl;
import io.loyaltyclub.messaging.service.MemberMessages;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.referral.domain.ReferralState;
import io.loyaltyclub.referral.domain.RefusalReason;
import io.loyaltyclub.referral.persistence.ReferralImpl;
import io.loyaltyclub.referral.persistence.ReferralSettings;
import io.loyaltyclub.referral.web.ReferralCookie;
import io.loyaltyclub.returns.service.OrderReturnService;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.Cookie;

/**
 * Referrals on the real Broadleaf context: registering through a link (Broadleaf's registration and its
 * post-registration observers), the friend's first order (Broadleaf's checkout), the referral job, and each fraud rule.
 */
class ReferralIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final ReferralService referrals = broadleaf.bean("loyaltyReferralService", ReferralService.class);
    private final LoyaltyJobRunner jobs = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
    private final OrderReturnService returns = broadleaf.bean("loyaltyOrderReturnService", OrderReturnService.class);
    private final List<ReferralImpl> told = Collections.synchronizedList(new ArrayList<ReferralImpl>());
    private List<ReferralListener> listenersBefore;
    private Product teapot;
    private Customer advocate;
    private LoyaltyAccount advocateAccount;
    private String code;

    @BeforeEach
    void anAdvocateWithALink() {
        club.reset();
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        settings(true, 200, 500, 5);
        ReferralServiceImpl impl = broadleaf.bean("loyaltyReferralService", ReferralServiceImpl.class);
        listenersBefore = impl.listeners;
        List<ReferralListener> listeners = new ArrayList<ReferralListener>(listenersBefore);
        listeners.add(told::add);
        impl.listeners = listeners;
        teapot = shop.product("Teapot", "30.00");
        advocate = registered("ann.advocate" + Shop.unique() + "@example.com", null, null);
        advocateAccount = club.join(advocate);
        code = referrals.codeOf(advocateAccount.getId());
    }

    @AfterEach
    void resetTheClub() {
        broadleaf.bean("loyaltyReferralService", ReferralServiceImpl.class).listeners = listenersBefore;
        settings(true, 200, 500, 5);
        club.reset();
    }

    private void settings(boolean active, long friend, long advocatePoints, int cap) {
        ReferralSettings settings = referrals.settings();
        settings.setActive(active);
        settings.setFriendPoints(friend);
        settings.setAdvocatePoints(advocatePoints);
        settings.setMonthlyCap(cap);
        referrals.saveSettings(settings);
    }

    /**
     * Registers a customer through Broadleaf's customer service in a request whose browser followed the link with
     * {@code code} (no referral when null), having accepted the club terms there when {@code terms} is given.
     */
    private Customer registered(String email, String code, String terms) {
        return broadleaf.inTransaction(() -> {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
            if (code != null) {
                request.setCookies(new Cookie(ReferralCookie.NAME, cookieValue(code, terms)));
            }
            BroadleafRequestContext.getBroadleafRequestContext().setRequest(request);
            BroadleafRequestContext.getBroadleafRequestContext().setResponse(new MockHttpServletResponse());
            Customer customer = shop.customers().createCustomerFromId(null);
            customer.setUsername(email);
            customer.setEmailAddress(email);
            customer.setFirstName(email.substring(0, email.indexOf('.')).replaceAll("[^a-z]", ""));
            customer.setLastName("Tester");
            return shop.customers().registerCustomer(customer, "secret", "secret");
        });
    }

    /** What the link's page stores: the same cookie a browser sends back. */
    private static String cookieValue(String code, String terms) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ReferralCookie(code, terms, false).store(new MockHttpServletRequest(), response, 30);
        return response.getCookie(ReferralCookie.NAME).getValue();
    }

    private Customer friendThroughTheLink(String name) {
        return registered(name + "." + Shop.unique() + "@example.com", code, terms());
    }

    private String terms() {
        return club.programmes().findProgramme().getTermsVersion();
    }

    private Order orders(Customer customer) throws Exception {
        return broadleaf.inSession(() -> shop.checkout(shop.cart(customer, line(teapot, 1))));
    }

    /** An hour into next month in the store's time zone (UTC here): the referrals below fall in one month. */
    private void toTheStartOfNextMonth() {
        java.time.ZonedDateTime now = club.clock().instant().atZone(java.time.ZoneOffset.UTC);
        club.clock().moveBy(Duration.between(now, now.withDayOfMonth(1).toLocalDate().plusMonths(1)
                .atStartOfDay(java.time.ZoneOffset.UTC).plusHours(1)));
    }

    private RunResult runJob() {
        return jobs.run(ReferralRewardsJob.NAME);
    }

    private void afterThePendingPeriod() {
        club.clock().moveBy(Duration.ofDays(15));
    }

    private List<LedgerEntry> entries(long accountId, EntryReason reason) {
        return club.ledger().history(accountId, null, 100).stream().filter(e -> e.getReason() == reason)
                .collect(Collectors.toList());
    }

    private ReferralImpl referralOf(Customer friend) {
        return referrals.findByFriend(friend.getId());
    }

    @Test
    void a_friend_joins_through_the_link_gets_the_welcome_reward_and_the_advocate_is_rewarded_once_after_the_pending_period()
            throws Exception {
        Customer friend = friendThroughTheLink("bob");

        LoyaltyAccount friendAccount = club.memberships().findByCustomer(friend.getId());
        assertThat(friendAccount).as("joined with the terms accepted on the link's page").isNotNull();
        assertThat(friendAccount.getTermsVersion()).isEqualTo(terms());
        assertThat(entries(friendAccount.getId(), EntryReason.REFERRAL_FRIEND)).extracting(LedgerEntry::getPoints)
                .containsExactly(200L);
        assertThat(club.ledger().balance(friendAccount.getId()).getAvailable()).isEqualTo(200);
        ReferralImpl referral = referralOf(friend);
        assertThat(referral.getState()).isEqualTo(ReferralState.REGISTERED);
        assertThat(referral.getAdvocateAccountId()).isEqualTo(advocateAccount.getId());

        Order first = orders(friend);
        referral = referralOf(friend);
        assertThat(referral.getState()).isEqualTo(ReferralState.ORDERED);
        assertThat(referral.getFirstOrderId()).isEqualTo(first.getId());

        runJob();
        assertThat(referralOf(friend).getState()).as("not before the pending period").isEqualTo(ReferralState.ORDERED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).isEmpty();

        afterThePendingPeriod();
        assertThat(runJob().getSummary()).contains("Advocates rewarded: 1");
        runJob();
        referrals.settle(referral.getId());
        orders(friend);

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REWARDED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).extracting(LedgerEntry::getPoints)
                .as("exactly once, whatever runs again").containsExactly(500L);
        assertThat(entries(friendAccount.getId(), EntryReason.REFERRAL_FRIEND)).hasSize(1);
        assertThat(club.assertConsistent(advocateAccount.getId()).getAvailable()).isEqualTo(500);
        assertThat(told).extracting(ReferralImpl::getId).as("the fact, told once").containsExactly(referral.getId());
        assertThat(referrals.referralsOf(advocateAccount.getId(), 10)).extracting(ReferralImpl::getState)
                .containsExactly(ReferralState.REWARDED);
        assertThat(broadleaf.bean("loyaltyMemberMessages", MemberMessages.class).messagesOf(advocateAccount.getId(), 10))
                .as("the referral-reward e-mail, queued once").filteredOn(m -> m.getType() == MessageType.REFERRAL_REWARD)
                .extracting(MemberMessageImpl::getPoints).containsExactly(500L);
    }

    @Test
    void the_friends_and_the_advocates_rewards_lift_nobody_into_a_tier_only_what_the_friend_buys_counts()
            throws Exception {
        club.qualifyingTier("R_SILVER", 31, 100L, null, 0);
        Customer friend = friendThroughTheLink("sid");
        LoyaltyAccount friendAccount = club.memberships().findByCustomer(friend.getId());
        orders(friend);
        broadleaf.awaitLoyaltyWorkers();
        club.tierQualification().review(friendAccount.getId());
        assertThat(club.ledger().balance(friendAccount.getId()).getAvailable()).as("the friend's reward").isEqualTo(200);
        assertThat(club.tierCodeOf(friendAccount.getId())).as("200 points given, the order still pending").isNull();

        afterThePendingPeriod();
        runJob();
        jobs.run(io.loyaltyclub.jobs.service.PointsSettlementJob.NAME);
        club.tierQualification().review(friendAccount.getId());
        club.tierQualification().review(advocateAccount.getId());

        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).hasSize(1);
        assertThat(club.tierQualification().progress(friendAccount.getId()).getMeasure().getPointsEarned())
                .as("the order's 30 points, not the reward's 200").isEqualTo(30);
        assertThat(club.tierCodeOf(friendAccount.getId())).isNull();
        assertThat(club.tierCodeOf(advocateAccount.getId())).as("500 points given for the referral").isNull();
    }

    @Test
    void an_admin_ending_the_first_orders_return_window_has_the_advocate_rewarded_at_the_jobs_next_run()
            throws Exception {
        Customer friend = friendThroughTheLink("eve");
        Order first = orders(friend);
        broadleaf.awaitLoyaltyWorkers();
        runJob();
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).as("not due yet").isEmpty();

        broadleaf.inSession(() -> returns.endReturnWindow(first.getId(), "maria", "Delivered, cannot come back",
                "end-window-" + first.getId()));

        assertThat(runJob().getSummary()).contains("Advocates rewarded: 1");
        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REWARDED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).extracting(LedgerEntry::getPoints)
                .containsExactly(500L);
    }

    @Test
    void the_same_registration_told_twice_records_one_referral_and_one_reward() {
        Customer friend = friendThroughTheLink("cleo");
        ReferralImpl again = referrals.friendRegistered(friend.getId(), code);

        assertThat(again.getId()).isEqualTo(referralOf(friend).getId());
        long account = club.memberships().findByCustomer(friend.getId()).getId();
        assertThat(entries(account, EntryReason.REFERRAL_FRIEND)).hasSize(1);
    }

    @Test
    void a_friend_who_registers_without_joining_gets_the_reward_on_joining_later() {
        Customer friend = registered("dora." + Shop.unique() + "@example.com", code, null);
        assertThat(club.memberships().findByCustomer(friend.getId())).isNull();
        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REGISTERED);
        assertThat(referralOf(friend).getFriendRewardedAt()).isNull();

        LoyaltyAccount joined = club.join(friend);
        runJob();

        assertThat(entries(joined.getId(), EntryReason.REFERRAL_FRIEND)).extracting(LedgerEntry::getPoints)
                .containsExactly(200L);
    }

    @Test
    void the_advocate_cannot_refer_their_own_account() {
        ReferralImpl referral = referrals.friendRegistered(advocate.getId(), code);

        assertThat(referral.getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referral.getRefusalReason()).isEqualTo(RefusalReason.SAME_CUSTOMER);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_FRIEND)).isEmpty();
    }

    @Test
    void the_advocate_cannot_refer_their_own_mailbox_written_another_way() {
        long unique = Shop.unique();
        Customer gmailAdvocate = registered("ann.lee" + unique + "@gmail.com", null, null);
        String gmailCode = referrals.codeOf(club.join(gmailAdvocate).getId());

        Customer sameMailbox = registered("AnnLee" + unique + "+shop@googlemail.com", gmailCode, terms());
        Customer otherPerson = registered("ann.lee" + unique + "@example.com", gmailCode, terms());

        assertThat(referralOf(sameMailbox).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(sameMailbox).getRefusalReason()).isEqualTo(RefusalReason.SAME_EMAIL);
        long account = club.memberships().findByCustomer(sameMailbox.getId()).getId();
        assertThat(entries(account, EntryReason.REFERRAL_FRIEND)).as("no welcome reward").isEmpty();
        assertThat(referralOf(otherPerson).getState()).as("another provider's mailbox is another person")
                .isEqualTo(ReferralState.REGISTERED);
    }

    @Test
    void a_friend_who_bought_before_as_a_guest_is_no_new_customer() throws Exception {
        String email = "eve." + Shop.unique() + "@example.com";
        // A guest's customer, saved with the guest's first cart (as Broadleaf's storefront does); the order keeps
        // the e-mail given at checkout.
        Customer guest = broadleaf.inTransaction(() -> {
            Customer anonymous = shop.customers().createCustomerFromId(null);
            anonymous.setEmailAddress(email);
            return anonymous;
        });
        Order placed = orders(guest);
        assertThat(placed.getEmailAddress()).isEqualTo(email);

        Customer friend = registered(email.toUpperCase(), code, terms());

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(friend).getRefusalReason()).isEqualTo(RefusalReason.NOT_NEW_CUSTOMER);
    }

    @Test
    void an_advocate_gets_the_months_allowance_and_no_more_until_the_next_month() {
        settings(true, 200, 500, 2);
        toTheStartOfNextMonth();

        Customer first = friendThroughTheLink("fay");
        Customer second = friendThroughTheLink("gus");
        Customer third = friendThroughTheLink("hal");
        club.clock().moveBy(Duration.ofDays(32));
        Customer nextMonth = friendThroughTheLink("ida");

        assertThat(referralOf(first).getState()).isEqualTo(ReferralState.REGISTERED);
        assertThat(referralOf(second).getState()).isEqualTo(ReferralState.REGISTERED);
        assertThat(referralOf(third).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(third).getRefusalReason()).isEqualTo(RefusalReason.MONTHLY_CAP);
        assertThat(referralOf(nextMonth).getState()).isEqualTo(ReferralState.REGISTERED);
    }

    @Test
    void friends_registering_at_the_same_moment_never_take_the_advocate_over_the_cap() throws Exception {
        settings(true, 200, 500, 3);
        toTheStartOfNextMonth();
        int friends = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(friends);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Customer>> registrations = new ArrayList<>();
        for (int i = 0; i < friends; i++) {
            String name = "crowd" + (char) ('a' + i);
            registrations.add(pool.submit(() -> {
                start.await();
                return friendThroughTheLink(name);
            }));
        }
        start.countDown();
        List<ReferralImpl> made = new ArrayList<>();
        for (java.util.concurrent.Future<Customer> registration : registrations) {
            made.add(referralOf(registration.get(60, java.util.concurrent.TimeUnit.SECONDS)));
        }
        pool.shutdown();

        assertThat(made).as("one referral per friend").doesNotContainNull().hasSize(friends);
        assertThat(made.stream().filter(r -> r.getState() == ReferralState.REGISTERED)).hasSize(3);
        assertThat(made.stream().filter(r -> r.getRefusalReason() == RefusalReason.MONTHLY_CAP)).hasSize(friends - 3);
    }

    @Test
    void a_first_order_shipped_to_the_advocates_address_pays_the_advocate_nothing() throws Exception {
        orders(advocate);
        Customer friend = friendThroughTheLink("jay");

        orders(friend);
        afterThePendingPeriod();
        runJob();

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(friend).getRefusalReason()).isEqualTo(RefusalReason.SAME_ADDRESS);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).isEmpty();
    }

    @Test
    void a_cancelled_first_order_pays_the_advocate_nothing() throws Exception {
        Customer friend = friendThroughTheLink("kim");
        Order first = orders(friend);
        broadleaf.inSession(() -> returns.cancel(first.getId(), "admin", "Changed her mind", "cancel:" + first.getId()));

        afterThePendingPeriod();
        runJob();

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(friend).getRefusalReason()).isEqualTo(RefusalReason.FIRST_ORDER_CANCELLED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).isEmpty();
    }

    @Test
    void a_returned_first_order_pays_the_advocate_nothing() throws Exception {
        Customer friend = friendThroughTheLink("lou");
        Order first = orders(friend);
        long line = broadleaf.inSession(() -> shop.orders().findOrderById(first.getId()).getOrderItems().get(0).getId());
        broadleaf.inSession(() -> returns.returnItems(first.getId(), Collections.singletonMap(line, 1), "admin",
                "Parcel came back", "return:" + first.getId()));

        afterThePendingPeriod();
        runJob();

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(friend).getRefusalReason()).isEqualTo(RefusalReason.FIRST_ORDER_RETURNED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).isEmpty();
    }

    @Test
    void an_admin_approves_a_refused_referral_once_and_a_stale_or_second_decision_changes_nothing() throws Exception {
        settings(true, 200, 500, 1);
        friendThroughTheLink("max");
        Customer overCap = friendThroughTheLink("ned");
        ReferralImpl refused = referralOf(overCap);
        assertThat(refused.getRefusalReason()).isEqualTo(RefusalReason.MONTHLY_CAP);

        ReferralImpl approved = referrals.approve(refused.getId(), refused.getVersion(), "admin", "A real friend");
        assertThatThrownBy(() -> referrals.approve(refused.getId(), refused.getVersion(), "admin", "Again"))
                .isInstanceOf(ReferralDecisionException.class)
                .matches(e -> ((ReferralDecisionException) e).isStale());
        assertThatThrownBy(() -> referrals.reject(refused.getId(), approved.getVersion(), "admin", " "))
                .isInstanceOf(ReferralDecisionException.class).hasMessageContaining("note");

        assertThat(approved.getState()).isEqualTo(ReferralState.REGISTERED);
        assertThat(approved.getDecidedBy()).isEqualTo("admin");
        long account = club.memberships().findByCustomer(overCap.getId()).getId();
        assertThat(entries(account, EntryReason.REFERRAL_FRIEND)).extracting(LedgerEntry::getPoints)
                .containsExactly(200L);

        orders(overCap);
        afterThePendingPeriod();
        runJob();
        assertThat(referralOf(overCap).getState()).isEqualTo(ReferralState.REWARDED);
        ReferralImpl rewarded = referralOf(overCap);
        assertThatThrownBy(() -> referrals.reject(rewarded.getId(), rewarded.getVersion(), "admin", "Too late"))
                .isInstanceOf(ReferralDecisionException.class).hasMessageContaining("rewarded already");
    }

    @Test
    void an_admin_rejects_a_referral_before_the_reward_and_the_job_pays_nothing() throws Exception {
        Customer friend = friendThroughTheLink("oli");
        orders(friend);
        ReferralImpl ordered = referralOf(friend);

        ReferralImpl rejected = referrals.reject(ordered.getId(), ordered.getVersion(), "admin", "Same household");
        afterThePendingPeriod();
        runJob();

        assertThat(rejected.getRefusalReason()).isEqualTo(RefusalReason.REJECTED_BY_ADMIN);
        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REFUSED);
        assertThat(referralOf(friend).getNote()).isEqualTo("Same household");
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).isEmpty();
    }

    @Test
    void approving_a_referral_refused_for_its_cancelled_order_pays_the_advocate_at_once() throws Exception {
        Customer friend = friendThroughTheLink("pam");
        Order first = orders(friend);
        broadleaf.inSession(() -> returns.cancel(first.getId(), "admin", "Lost parcel", "cancel:" + first.getId()));
        afterThePendingPeriod();
        runJob();
        ReferralImpl refused = referralOf(friend);

        referrals.approve(refused.getId(), refused.getVersion(), "admin", "We lost the parcel, not her fault");

        assertThat(referralOf(friend).getState()).isEqualTo(ReferralState.REWARDED);
        assertThat(entries(advocateAccount.getId(), EntryReason.REFERRAL_ADVOCATE)).extracting(LedgerEntry::getPoints)
                .containsExactly(500L);
    }

    @Test
    void nothing_is_recorded_for_an_unknown_code_or_while_referrals_are_closed() {
        Customer stranger = registered("quin." + Shop.unique() + "@example.com", "ZZZZ2222", terms());
        settings(false, 200, 500, 5);
        Customer whileClosed = friendThroughTheLink("rae");

        assertThat(referralOf(stranger)).isNull();
        assertThat(referralOf(whileClosed)).isNull();
        assertThat(club.memberships().findByCustomer(whileClosed.getId())).as("joined all the same").isNotNull();
    }
}
