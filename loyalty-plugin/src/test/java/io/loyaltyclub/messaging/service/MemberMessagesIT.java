package io.loyaltyclub.messaging.service;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.jobs.service.PointsSettlementJob;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.messaging.domain.MessageState;
import io.loyaltyclub.messaging.domain.MessageType;
import io.loyaltyclub.messaging.persistence.MemberMessageDao;
import io.loyaltyclub.messaging.persistence.MemberMessageImpl;
import io.loyaltyclub.messaging.persistence.MessageSettings;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import io.loyaltyclub.testkit.Shop;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Member e-mails on the real Broadleaf context, sent through Broadleaf's e-mail service and blMailSender to a real
 * SMTP server in the test JVM (GreenMail): each message's trigger, consent, the weekly cap, languages, offers, and
 * that nothing is ever sent twice.
 */
class MemberMessagesIT {

    private static GreenMail smtp;
    private static int smtpPort;
    private static String previousHost;
    private static int previousPort;

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();
    private final Club club = broadleaf.club();
    private final LoyaltyJobRunner jobs = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
    private final MemberMessages messages = broadleaf.bean("loyaltyMemberMessages", MemberMessages.class);
    private final MemberMessageDao dao = broadleaf.bean("loyaltyMemberMessageDao", MemberMessageDao.class);

    @BeforeAll
    static void aMailServer() throws IOException {
        smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JavaMailSenderImpl sender = BroadleafHarness.withPlugin().bean("blMailSender", JavaMailSenderImpl.class);
        previousHost = sender.getHost();
        previousPort = sender.getPort();
        pointMailAt(smtpPort);
    }

    @AfterAll
    static void stopTheMailServer() {
        JavaMailSenderImpl sender = BroadleafHarness.withPlugin().bean("blMailSender", JavaMailSenderImpl.class);
        sender.setHost(previousHost);
        sender.setPort(previousPort);
        smtp.stop();
    }

    @BeforeEach
    void defaults() {
        club.reset();
        MessageSettings settings = messages.settings();
        settings.setWeeklyCap(10);
        settings.setDaysBeforeExpiry(14);
        settings.setDaysBeforeTierEnd(30);
        settings.setOffersPerMessage(3);
        settings.setFromAddress("club@shop.example");
        settings.setShopUrl("https://shop.example");
        for (MessageType type : MessageType.values()) {
            settings.setEnabled(type, true);
        }
        messages.saveSettings(settings);
    }

    @AfterEach
    void resetTheClub() {
        pointMailAt(smtpPort);
        club.reset();
    }

    // Triggers.

    @Test
    void a_new_member_gets_one_welcome_in_their_language_written_right_to_left_in_hebrew() throws Exception {
        Customer customer = customerIn("he_IL", "welcome");
        LoyaltyAccount member = club.join(customer);

        runMessageJobs();
        runMessageJobs();

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).as("one welcome, however often the jobs run").hasSize(1);
        MimeMessage welcome = received.get(0);
        assertThat(welcome.getSubject()).isEqualTo("ברוכים הבאים למועדון");
        assertThat(welcome.getFrom()[0].toString()).isEqualTo("club@shop.example");
        String body = body(welcome);
        assertThat(body).contains("dir=\"rtl\"").contains("lang=\"he-IL\"")
                .contains("תודה שהצטרפתם").contains("שלום Test,").doesNotContain("??").contains("https://shop.example/loyalty");
        MemberMessageImpl row = only(member, MessageType.WELCOME);
        assertThat(row.getState()).isEqualTo(MessageState.SENT);
        assertThat(row.getLocaleCode()).isEqualTo("he_IL");
        assertThat(row.getRecipient()).isEqualTo(customer.getEmailAddress());
    }

    @Test
    void a_member_without_a_language_of_their_own_is_written_to_in_the_shops_language_left_to_right() throws Exception {
        Customer customer = shop.customer("english");
        club.join(customer);

        runMessageJobs();

        MimeMessage welcome = receivedBy(customer).get(0);
        assertThat(welcome.getSubject()).isEqualTo("Welcome to the club");
        assertThat(body(welcome)).contains("dir=\"ltr\"").contains("Thank you for joining");
    }

    @Test
    void pending_points_that_become_available_are_announced_once_with_their_points() throws Exception {
        Customer customer = customerIn("lv_LV", "available");
        LoyaltyAccount member = club.join(customer);
        runMessageJobs();
        Instant now = club.clock().instant();
        club.ledger().earn(member.getId(), 240, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(700)),
                EntrySource.order(EntryReason.ORDER, null, "M-" + Shop.unique()), "messages-test:" + Shop.unique());

        runMessageJobs();
        assertThat(receivedBy(customer)).as("still pending: the welcome only").hasSize(1);

        club.clock().moveBy(Duration.ofDays(15));
        jobs.run(PointsSettlementJob.NAME);
        runMessageJobs();
        runMessageJobs();

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getSubject()).isEqualTo("240 punkti ir gatavi izmantošanai");
        assertThat(body(received.get(1))).contains("240 punkti no jūsu pasūtījuma");
    }

    @Test
    void points_expiring_within_the_set_days_are_announced_once_per_day_later_ones_not_yet() throws Exception {
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        Customer customer = shop.customer("expiring");
        LoyaltyAccount member = club.join(customer);
        Instant now = club.clock().instant();
        earnAvailable(member, 70, now.plus(Duration.ofDays(10)));
        earnAvailable(member, 30, now.plus(Duration.ofDays(10)));
        earnAvailable(member, 500, now.plus(Duration.ofDays(40)));

        runMessageJobs();

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Welcome to the club", "100 points expire on "
                        + club.clock().instant().plus(Duration.ofDays(10)).atZone(ZoneOffset.UTC).toLocalDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US)));

        club.clock().moveBy(Duration.ofDays(27));
        runMessageJobs();
        assertThat(receivedBy(customer)).as("the 500 points, now 13 days before").hasSize(3);
        assertThat(receivedBy(customer).get(2).getSubject()).startsWith("500 points expire on");
    }

    @Test
    void reminders_of_points_expiring_are_looked_for_in_the_first_run_of_each_day() {
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        Customer customer = shop.customer("daily");
        LoyaltyAccount member = club.join(customer);
        runMessageJobs();
        earnAvailable(member, 60, club.clock().instant().plus(Duration.ofDays(6)));

        jobs.run(MessageTriggersJob.NAME);
        assertThat(messages.messagesOf(member.getId(), 10)).extracting(MemberMessageImpl::getType)
                .as("a later run of the same day").containsExactly(MessageType.WELCOME);

        club.clock().moveBy(Duration.ofDays(1));
        jobs.run(MessageTriggersJob.NAME);
        assertThat(messages.messagesOf(member.getId(), 10)).extracting(MemberMessageImpl::getType)
                .as("the first run of the next day").containsExactly(MessageType.POINTS_EXPIRING, MessageType.WELCOME);
    }

    @Test
    void points_spent_before_the_reminder_goes_are_not_announced() {
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        Customer customer = shop.customer("spent");
        LoyaltyAccount member = club.join(customer);
        earnAvailable(member, 300, club.clock().instant().plus(Duration.ofDays(5)));
        aNewDay();
        jobs.run(MessageTriggersJob.NAME);
        club.ledger().redeem(member.getId(), 300, EntrySource.of(EntryReason.ORDER_PAYMENT), "spend:" + Shop.unique());

        jobs.run(MessageSendingJob.NAME);

        MemberMessageImpl reminder = only(member, MessageType.POINTS_EXPIRING);
        assertThat(reminder.getState()).isEqualTo(MessageState.SKIPPED);
        assertThat(reminder.getOutcome()).contains("Nothing is left to expire");
        assertThat(receivedBy(customer)).extracting(MimeMessage::getSubject).containsExactly("Welcome to the club");
    }

    @Test
    void a_tier_reached_is_announced_once_in_persian_a_tier_lost_is_not() throws Exception {
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        club.qualifyingTier("M_SILVER", 21, 500L, null, 0);
        Customer customer = customerIn("fa_IR", "tier");
        LoyaltyAccount member = club.join(customer);
        earnAvailable(member, 600, club.clock().instant().plus(Duration.ofDays(900)));
        club.tierQualification().review(member.getId());

        runMessageJobs();
        runMessageJobs();

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("به باشگاه خوش آمدید", "به سطح M_silver خوش آمدید");
        MimeMessage tier = received.stream().filter(m -> subject(m).contains("M_silver")).findFirst().get();
        assertThat(body(tier)).contains("dir=\"rtl\"").contains("lang=\"fa-IR\"");
    }

    @Test
    void a_member_who_would_lose_their_tier_at_the_end_of_the_period_is_warned_only_with_marketing_consent()
            throws Exception {
        club.configure(p -> {
            p.setWelcomeBonusPoints(0L);
            p.setTierPeriod("CALENDAR_YEAR");
        });
        club.qualifyingTier("M_GOLD", 22, 1000L, null, 0);
        Customer consenting = shop.customer("atrisk");
        Customer silent = shop.customer("atrisk-silent");
        LoyaltyAccount warned = join(consenting, true);
        LoyaltyAccount notWarned = join(silent, false);
        for (LoyaltyAccount member : new LoyaltyAccount[] {warned, notWarned}) {
            earnAvailable(member, 1000, club.clock().instant().plus(Duration.ofDays(1500)));
            club.tierQualification().review(member.getId());
            assertThat(club.tierCodeOf(member.getId())).isEqualTo("M_GOLD");
        }
        int year = club.clock().instant().atZone(ZoneOffset.UTC).getYear();
        Instant endOfNextYear = LocalDate.of(year + 2, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

        club.clock().moveBy(Duration.between(club.clock().instant(), endOfNextYear.minus(Duration.ofDays(40))));
        runMessageJobs();
        assertThat(messages.messagesOf(warned.getId(), 10)).extracting(MemberMessageImpl::getType)
                .as("40 days before: not yet").doesNotContain(MessageType.TIER_AT_RISK);

        club.clock().moveBy(Duration.ofDays(15));
        runMessageJobs();
        runMessageJobs();

        List<MimeMessage> received = receivedBy(consenting);
        assertThat(received).extracting(MimeMessage::getSubject).containsOnlyOnce("Keep your M_gold tier");
        MimeMessage warning = received.stream().filter(m -> subject(m).startsWith("Keep")).findFirst().get();
        assertThat(body(warning)).contains("Earn 1,000 more points by then");
        assertThat(receivedBy(silent)).extracting(MimeMessage::getSubject).doesNotContain("Keep your M_gold tier");
        MemberMessageImpl skipped = only(notWarned, MessageType.TIER_AT_RISK);
        assertThat(skipped.getState()).isEqualTo(MessageState.SKIPPED);
        assertThat(skipped.getOutcome()).contains("marketing");
    }

    @Test
    void a_member_who_has_earned_enough_to_keep_the_tier_is_not_warned() {
        club.configure(p -> {
            p.setWelcomeBonusPoints(0L);
            p.setTierPeriod("CALENDAR_YEAR");
        });
        club.qualifyingTier("M_GOLD", 22, 1000L, null, 0);
        Customer customer = shop.customer("kept");
        LoyaltyAccount member = join(customer, true);
        earnAvailable(member, 1000, club.clock().instant().plus(Duration.ofDays(1500)));
        club.tierQualification().review(member.getId());
        int year = club.clock().instant().atZone(ZoneOffset.UTC).getYear();
        Instant endOfNextYear = LocalDate.of(year + 2, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        club.clock().moveBy(Duration.between(club.clock().instant(), endOfNextYear.minus(Duration.ofDays(20))));
        earnAvailable(member, 1000, club.clock().instant().plus(Duration.ofDays(1500)));

        runMessageJobs();

        assertThat(messages.messagesOf(member.getId(), 10)).extracting(MemberMessageImpl::getType)
                .doesNotContain(MessageType.TIER_AT_RISK);
    }

    // Birthday and referral reward: called by their features.

    @Test
    void a_birthday_message_goes_once_a_year_and_only_with_marketing_consent() throws Exception {
        Customer consenting = shop.customer("birthday");
        Customer silent = shop.customer("birthday-silent");
        LoyaltyAccount member = join(consenting, true);
        LoyaltyAccount other = join(silent, false);

        messages.birthday(member.getId(), 2031);
        messages.birthday(member.getId(), 2031);
        messages.birthday(other.getId(), 2031);
        jobs.run(MessageSendingJob.NAME);
        messages.birthday(member.getId(), 2031);
        jobs.run(MessageSendingJob.NAME);

        assertThat(receivedBy(consenting)).extracting(MimeMessage::getSubject).containsOnlyOnce("Happy birthday!");
        assertThat(receivedBy(silent)).isEmpty();
        assertThat(only(other, MessageType.BIRTHDAY).getState()).isEqualTo(MessageState.SKIPPED);
        assertThat(messages.birthday(member.getId(), 2032).getState()).as("next year's").isEqualTo(MessageState.QUEUED);
    }

    @Test
    void a_referral_reward_is_announced_once_per_referral_even_without_marketing_consent() throws Exception {
        Customer customer = shop.customer("advocate");
        LoyaltyAccount member = join(customer, false);
        String referral = "referral-reward:" + Shop.unique();

        messages.referralRewarded(member.getId(), referral, 500);
        messages.referralRewarded(member.getId(), referral, 500);
        jobs.run(MessageSendingJob.NAME);

        List<MimeMessage> received = receivedBy(customer);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly("Your invitation earned you 500 points");
        assertThat(body(received.get(0))).contains("500 points are now yours")
                .as("no offers without consent").doesNotContain("loyalty-offers");
    }

    @Test
    void wrong_requests_for_a_message_are_refused_with_the_reason_and_queue_nothing() {
        LoyaltyAccount member = club.newMember("wrong");
        int before = messages.messagesOf(member.getId(), 50).size();

        assertThatThrownBy(() -> messages.referralRewarded(member.getId(), " ", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referral's key");
        assertThatThrownBy(() -> messages.referralRewarded(member.getId(), "r-" + Shop.unique(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 point");
        assertThatThrownBy(() -> messages.birthday(member.getId(), 1899))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1899");
        assertThatThrownBy(() -> messages.birthday(-5L, 2030))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no loyalty account -5");

        assertThat(messages.messagesOf(member.getId(), 50)).hasSize(before);
    }

    // Consent, cap, offers, settings.

    @Test
    void the_weekly_cap_holds_a_message_back_until_the_oldest_of_the_week_is_seven_days_old() throws Exception {
        MessageSettings settings = messages.settings();
        settings.setWeeklyCap(2);
        messages.saveSettings(settings);
        Customer customer = shop.customer("capped");
        LoyaltyAccount member = join(customer, true);
        runMessageJobs();
        club.clock().moveBy(Duration.ofDays(2));
        messages.birthday(member.getId(), 2040);
        messages.referralRewarded(member.getId(), "cap-" + Shop.unique(), 50);

        runMessageJobs();

        assertThat(receivedBy(customer)).as("welcome and one more this week").hasSize(2);
        MemberMessageImpl waiting = messages.messagesOf(member.getId(), 10).stream()
                .filter(m -> m.getState() == MessageState.QUEUED).findFirst().get();
        Instant welcomeSent = only(member, MessageType.WELCOME).getSentAt().toInstant();
        assertThat(waiting.getNotBefore().toInstant()).isEqualTo(welcomeSent.plus(Duration.ofDays(7)));

        club.clock().moveBy(Duration.ofDays(4));
        runMessageJobs();
        assertThat(receivedBy(customer)).as("day 6: still within the week").hasSize(2);

        club.clock().moveBy(Duration.ofDays(1).plusMinutes(1));
        runMessageJobs();
        assertThat(receivedBy(customer)).as("the welcome left the window").hasSize(3);
        assertThat(messages.messagesOf(member.getId(), 10)).extracting(MemberMessageImpl::getState)
                .containsOnly(MessageState.SENT);
    }

    @Test
    void a_capped_message_that_would_be_out_of_date_before_its_turn_is_skipped() {
        MessageSettings settings = messages.settings();
        settings.setWeeklyCap(1);
        messages.saveSettings(settings);
        Customer customer = shop.customer("outdated");
        LoyaltyAccount member = join(customer, true);
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        runMessageJobs();
        earnAvailable(member, 80, club.clock().instant().plus(Duration.ofDays(3)));

        runMessageJobs();

        MemberMessageImpl reminder = only(member, MessageType.POINTS_EXPIRING);
        assertThat(reminder.getState()).isEqualTo(MessageState.SKIPPED);
        assertThat(reminder.getOutcome()).contains("out of date");
        assertThat(receivedBy(customer)).hasSize(1);
    }

    @Test
    void members_who_consented_get_products_from_the_categories_they_buy_from_others_get_none() throws Exception {
        Category teas = shop.category("Messages teas " + Shop.unique());
        Category tools = shop.category("Messages tools " + Shop.unique());
        Product bought = shop.product("Bought green tea", "8.00", teas);
        shop.product("Oolong for you", "12.50", teas);
        shop.product("Jasmine for you", "9.00", teas);
        shop.product("A hammer", "20.00", tools);
        Customer consenting = shop.customer("offers");
        Customer silent = shop.customer("offers-silent");
        LoyaltyAccount withOffers = join(consenting, true);
        LoyaltyAccount withoutOffers = join(silent, false);
        shop.checkout(shop.cart(consenting, line(bought, 1)));
        shop.checkout(shop.cart(silent, line(bought, 1)));

        messages.referralRewarded(withOffers.getId(), "offers-" + Shop.unique(), 100);
        messages.referralRewarded(withoutOffers.getId(), "offers-" + Shop.unique(), 100);
        jobs.run(MessageSendingJob.NAME);

        String offered = body(receivedBy(consenting).stream()
                .filter(m -> subject(m).startsWith("Your invitation")).findFirst().get());
        assertThat(offered).contains("loyalty-offers").contains("Oolong for you").contains("$12.50")
                .contains("Jasmine for you").doesNotContain("Bought green tea").doesNotContain("A hammer")
                .contains("agreed to hear from us about offers");
        String plain = body(receivedBy(silent).stream()
                .filter(m -> subject(m).startsWith("Your invitation")).findFirst().get());
        assertThat(plain).doesNotContain("loyalty-offers").doesNotContain("Oolong")
                .contains("because you are a member of our loyalty club");
    }

    @Test
    void a_message_switched_off_is_not_sent_even_when_it_is_switched_on_again() {
        MessageSettings settings = messages.settings();
        settings.setEnabled(MessageType.REFERRAL_REWARD, false);
        messages.saveSettings(settings);
        Customer customer = shop.customer("off");
        LoyaltyAccount member = join(customer, true);
        MemberMessageImpl off = messages.referralRewarded(member.getId(), "off-" + Shop.unique(), 40);
        settings.setEnabled(MessageType.REFERRAL_REWARD, true);
        messages.saveSettings(settings);

        jobs.run(MessageSendingJob.NAME);

        assertThat(dao(off.getId()).getState()).isEqualTo(MessageState.SKIPPED);
        assertThat(receivedBy(customer)).extracting(MimeMessage::getSubject)
                .doesNotContain("Your invitation earned you 40 points");
    }

    @Test
    void settings_with_mistakes_are_refused_field_by_field_and_change_nothing() {
        MessageSettings settings = messages.settings();
        settings.setWeeklyCap(0);
        settings.setDaysBeforeExpiry(400);
        settings.setFromAddress("not an address");
        settings.setShopUrl("shop.example");

        assertThatThrownBy(() -> messages.saveSettings(settings))
                .isInstanceOfSatisfying(InvalidMessageSettingsException.class, e -> assertThat(e.getProblems())
                        .containsOnlyKeys("weeklyCap", "daysBeforeExpiry", "fromAddress", "shopUrl"));
        MessageSettings stored = messages.settings();
        assertThat(stored.getWeeklyCap()).isEqualTo(10);
        assertThat(stored.getFromAddress()).isEqualTo("club@shop.example");
    }

    // At most once.

    @Test
    void a_message_the_mail_server_refused_is_tried_again_later_and_then_sent_once() throws Exception {
        Customer customer = shop.customer("refused");
        LoyaltyAccount member = join(customer, false);
        MemberMessageImpl reward = messages.referralRewarded(member.getId(), "refused-" + Shop.unique(), 70);
        pointMailAt(freePort());

        jobs.run(MessageSendingJob.NAME);
        MemberMessageImpl refused = dao(reward.getId());
        assertThat(refused.getState()).isEqualTo(MessageState.QUEUED);
        assertThat(refused.getAttempts()).isEqualTo(1);
        assertThat(refused.getOutcome()).startsWith("The mail was not sent");

        pointMailAt(smtpPort);
        jobs.run(MessageSendingJob.NAME);
        assertThat(receivedBy(customer)).as("not before its retry time").isEmpty();
        club.clock().moveBy(Duration.ofMinutes(16));
        jobs.run(MessageSendingJob.NAME);
        jobs.run(MessageSendingJob.NAME);

        assertThat(receivedBy(customer)).hasSize(1);
        assertThat(dao(reward.getId()).getState()).isEqualTo(MessageState.SENT);
    }

    @Test
    void a_message_claimed_by_a_sender_that_stopped_is_never_sent_again() {
        Customer customer = shop.customer("crashed");
        LoyaltyAccount member = join(customer, false);
        MemberMessageImpl reward = messages.referralRewarded(member.getId(), "crashed-" + Shop.unique(), 90);
        boolean claimed = broadleaf.inTransaction(() -> dao.claim(reward.getId(), Date.from(club.clock().instant())));
        assertThat(claimed).isTrue();
        assertThat(broadleaf.inTransaction(() -> dao.claim(reward.getId(), Date.from(club.clock().instant()))))
                .as("a second sender cannot claim it").isFalse();

        jobs.run(MessageSendingJob.NAME);
        assertThat(dao(reward.getId()).getState()).as("the sender may still be at work").isEqualTo(MessageState.SENDING);
        club.clock().moveBy(Duration.ofMinutes(31));
        jobs.run(MessageSendingJob.NAME);

        assertThat(dao(reward.getId()).getState()).isEqualTo(MessageState.FAILED);
        assertThat(receivedBy(customer)).isEmpty();
    }

    @Test
    void every_message_is_written_in_all_four_languages_without_a_missing_text() {
        org.thymeleaf.TemplateEngine engine = broadleaf.bean("blEmailTemplateEngine", org.thymeleaf.TemplateEngine.class);
        String[][] languages = {{"en", "US", "ltr"}, {"he", "IL", "rtl"}, {"fa", "IR", "rtl"}, {"lv", "LV", "ltr"}};
        for (String[] language : languages) {
            java.util.Locale locale = new java.util.Locale(language[0], language[1]);
            for (String template : io.loyaltyclub.messaging.broadleaf.BroadleafMessageDelivery.templates()) {
                org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(locale);
                context.setVariable("lang", language[0]);
                context.setVariable("dir", language[2]);
                context.setVariable("subject", "S");
                context.setVariable("firstName", "Dana");
                context.setVariable("points", "120");
                context.setVariable("day", "1.1.2031");
                context.setVariable("tierName", "Gold");
                context.setVariable("pointsToKeep", "300");
                context.setVariable("amountToKeep", "$30.00");
                context.setVariable("byAmount", template.endsWith("tierAtRisk") && language[0].equals("lv"));
                context.setVariable("shopUrl", "https://shop.example/");
                context.setVariable("clubUrl", "https://shop.example/loyalty");
                context.setVariable("accountUrl", "https://shop.example/account/loyalty");
                context.setVariable("offers", java.util.Collections.singletonList(
                        new io.loyaltyclub.messaging.broadleaf.OfferedProduct("Tea", "$1.00", "https://shop.example/tea")));

                String html = engine.process(template, context);

                assertThat(html).as(template + " in " + locale).doesNotContain("??").contains("dir=\"" + language[2] + "\"")
                        .contains("Dana").contains("Tea").contains("https://shop.example/account/loyalty");
            }
        }
    }

    // Helpers.

    private void runMessageJobs() {
        aNewDay();
        jobs.run(MessageTriggersJob.NAME);
        jobs.run(MessageSendingJob.NAME);
    }

    /**
     * As if the jobs had not run yet today: reminders of what is coming soon are looked for in the first run of a day
     * only (MessageTriggersJobTest), and other tests run the jobs at the same moments of the moved clock.
     */
    private void aNewDay() {
        broadleaf.inTransaction(() -> broadleaf.entityManager()
                .createQuery("update LoyaltyJobImpl j set j.lastCompletedFrom = null where j.name = :name")
                .setParameter("name", MessageTriggersJob.NAME).executeUpdate());
    }

    private LoyaltyAccount join(Customer customer, boolean consent) {
        String terms = club.programmes().findProgramme().getTermsVersion();
        return club.memberships().join(customer.getId(), terms, consent).getAccount();
    }

    private void earnAvailable(LoyaltyAccount member, long points, Instant expiresAt) {
        club.ledger().earn(member.getId(), points, club.clock().instant(), expiresAt,
                EntrySource.order(EntryReason.ORDER, null, "M-" + Shop.unique()), "messages-test:" + Shop.unique());
    }

    private MemberMessageImpl only(LoyaltyAccount member, MessageType type) {
        List<MemberMessageImpl> found = new ArrayList<MemberMessageImpl>();
        for (MemberMessageImpl message : messages.messagesOf(member.getId(), 100)) {
            if (message.getType() == type) {
                found.add(message);
            }
        }
        assertThat(found).as(type + " messages of the member").hasSize(1);
        return found.get(0);
    }

    private MemberMessageImpl dao(long id) {
        return broadleaf.inTransaction(() -> dao.find(id));
    }

    /** A customer whose Broadleaf locale is {@code code}. */
    private Customer customerIn(String code, String name) {
        Customer customer = shop.customer(name);
        return broadleaf.inTransaction(() -> {
            LocaleService locales = broadleaf.bean("blLocaleService", LocaleService.class);
            Locale locale = locales.findLocaleByCode(code);
            if (locale == null) {
                locale = new LocaleImpl();
                locale.setLocaleCode(code);
                locale.setFriendlyName(code);
                locale.setDefaultFlag(false);
                locale = locales.save(locale);
            }
            Customer stored = shop.customers().readCustomerById(customer.getId());
            stored.setCustomerLocale(locale);
            return shop.customers().saveCustomer(stored);
        });
    }

    private static List<MimeMessage> receivedBy(Customer customer) {
        List<MimeMessage> mine = new ArrayList<MimeMessage>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    if (to.toString().equalsIgnoreCase(customer.getEmailAddress())) {
                        mine.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String ? (String) content
                : ((javax.mail.Multipart) content).getBodyPart(0).getContent().toString();
    }

    private static void pointMailAt(int port) {
        JavaMailSenderImpl sender = BroadleafHarness.withPlugin().bean("blMailSender", JavaMailSenderImpl.class);
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
