package io.loyaltyclub.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.loyaltyclub.api.domain.PartnerPoints;
import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.PartnerApiService;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Club;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The loyalty API on the real Broadleaf context, through Spring MVC's dispatcher (the controller as the storefront
 * servlet has it, its services from the root context): every endpoint, replays, conflicts, twins at once, and the
 * refusals of the contract.
 */
class PartnerApiIT {

    private static final String BASE = PartnerApiController.BASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final ApiKeyService keys = broadleaf.bean("loyaltyApiKeyService", ApiKeyService.class);
    private MockMvc mvc;
    private String key;

    @BeforeEach
    void anApiAndAKey() {
        club.reset();
        PartnerApiController controller = new PartnerApiController();
        controller.keys = keys;
        controller.api = broadleaf.bean("loyaltyPartnerApiService", PartnerApiService.class);
        mvc = MockMvcBuilders.standaloneSetup(controller).addFilters(new PartnerApiErrorFilter()).build();
        key = keys.create("IT partner", "test", null).getSecret();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void a_get_leaves_the_customer_out_of_its_persistence_context_and_the_enrolments_answer_keeps_it() {
        LoyaltyAccount alice = club.newMember("alice");
        PartnerApiService api = broadleaf.bean("loyaltyPartnerApiService", PartnerApiService.class);

        List<String> afterAGet = broadleaf.inTransaction(() -> {
            assertThat(api.readOnlyMember(alice.getCustomerId()).isMember()).isTrue();
            return managedEntities();
        });
        List<String> afterTheEnrolmentsAnswer = broadleaf.inTransaction(() -> {
            assertThat(api.member(alice.getCustomerId()).isMember()).isTrue();
            return managedEntities();
        });

        assertThat(afterAGet).noneMatch(name -> name.endsWith("CustomerImpl")).anyMatch(name -> name.contains("LoyaltyAccount"));
        assertThat(afterTheEnrolmentsAnswer).anyMatch(name -> name.endsWith("CustomerImpl"));
    }

    /** The entities the transaction's persistence context holds, by entity name. */
    private List<String> managedEntities() {
        List<String> names = new ArrayList<String>();
        for (Object key : ((Session) broadleaf.entityManager().getDelegate()).getStatistics().getEntityKeys()) {
            names.add(((EntityKey) key).getEntityName());
        }
        return names;
    }

    @Test
    void a_member_is_found_by_email_and_by_id_with_points_and_a_customer_who_is_not_one_says_so() throws Exception {
        LoyaltyAccount alice = club.newMember("alice");
        Customer customer = broadleaf.inSession(() -> broadleaf.shop().customers().readCustomerById(alice.getCustomerId()));
        Customer bob = broadleaf.shop().customer("bob");

        Answer byEmail = call(get(BASE + "/members").param("email", customer.getEmailAddress()).header("X-Api-Key", key));
        Answer byId = call(get(BASE + "/members/" + customer.getId()).header("X-Api-Key", key));
        Answer notMember = call(get(BASE + "/members/" + bob.getId()).header("X-Api-Key", key));

        assertThat(byEmail.status).isEqualTo(200);
        assertThat(byEmail.text).isEqualTo(byId.text);
        assertThat(byId.json.get("customerId").getLongValue()).isEqualTo(customer.getId());
        assertThat(byId.json.get("email").getTextValue()).isEqualTo(customer.getEmailAddress());
        assertThat(byId.json.get("member").getBooleanValue()).isTrue();
        assertThat(byId.json.get("tier").isNull()).isTrue();
        assertThat(byId.json.get("available").getLongValue()).as("the welcome bonus").isEqualTo(100);
        assertThat(byId.json.get("pending").getLongValue()).isZero();
        assertThat(byId.json.get("debt").getLongValue()).isZero();
        assertThat(byId.json.get("expiring").isNull()).as("nothing expires within 30 days").isTrue();
        assertThat(notMember.status).isEqualTo(200);
        assertThat(notMember.json.get("member").getBooleanValue()).isFalse();
        assertThat(notMember.json.get("available").getLongValue()).isZero();

        club.tier("API_GOLD", 2, "1.5");
        club.setTier(alice.getId(), "API_GOLD");
        assertThat(call(get(BASE + "/members/" + customer.getId()).header("X-Api-Key", key)).json.get("tier")
                .getTextValue()).as("the tier's code").isEqualTo("API_GOLD");

        assertError(call(get(BASE + "/members").param("email", "nobody@example.com").header("X-Api-Key", key)), 404, "not_found");
        assertError(call(get(BASE + "/members/987654321").header("X-Api-Key", key)), 404, "not_found");
        assertError(call(get(BASE + "/members/abc").header("X-Api-Key", key)), 400, "invalid_request");
        assertError(call(get(BASE + "/members").header("X-Api-Key", key)), 400, "invalid_request");
        assertError(call(get(BASE + "/nothing-here").header("X-Api-Key", key)), 404, "not_found");
    }

    @Test
    void a_missing_unknown_revoked_or_expired_key_is_401_and_changes_nothing() throws Exception {
        LoyaltyAccount member = club.newMember("guarded");
        long customer = member.getCustomerId();
        String revoked = keys.create("Revoked partner", "test", null).getSecret();
        keys.revoke(keys.authenticate(revoked).getId(), "test");
        String expiring = keys.create("Short-lived partner", "test", club.clock().instant().plus(Duration.ofHours(1))).getSecret();
        assertThat(call(get(BASE + "/members/" + customer).header("X-Api-Key", expiring)).status).isEqualTo(200);
        club.clock().moveBy(Duration.ofHours(2));

        for (String wrong : new String[]{null, "", "lck_not-a-key-at-all-but-long-enough", key + "x", revoked, expiring}) {
            MockHttpServletRequestBuilder read = get(BASE + "/members/" + customer);
            MockHttpServletRequestBuilder earn = earn(customer, "k-401", 50);
            if (wrong != null) {
                read.header("X-Api-Key", wrong);
                earn.header("X-Api-Key", wrong);
            }
            assertError(call(read), 401, "unauthorized");
            assertError(call(earn), 401, "unauthorized");
        }
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(1);
    }

    @Test
    void a_key_made_or_revoked_on_another_node_counts_here_within_the_refresh_seconds() throws Exception {
        long customer = club.newMember("elsewhere").getCustomerId();
        String secret = "lck_made-in-another-jvm-" + System.nanoTime();
        assertThat(call(get(BASE + "/members/" + customer).header("X-Api-Key", secret)).status).isEqualTo(401);
        // What the admin's JVM does: the row is written there, this node's keys in memory know nothing of it.
        long id = broadleaf.inTransaction(() -> {
            io.loyaltyclub.api.persistence.ApiKeyImpl made = new io.loyaltyclub.api.persistence.ApiKeyImpl("Elsewhere",
                    io.loyaltyclub.api.domain.ApiKeySecret.prefix(secret), io.loyaltyclub.api.domain.ApiKeySecret.hash(secret),
                    "admin", java.util.Date.from(club.clock().instant()), null);
            broadleaf.bean("loyaltyApiDao", io.loyaltyclub.api.persistence.ApiDao.class).save(made);
            return made.getId();
        });
        assertThat(statusWithin(secret, customer, 200)).as("loyalty.api.keysRefreshSeconds=1 in the harness").isEqualTo(200);

        broadleaf.inTransaction(() -> {
            io.loyaltyclub.api.persistence.ApiDao dao = broadleaf.bean("loyaltyApiDao", io.loyaltyclub.api.persistence.ApiDao.class);
            io.loyaltyclub.api.persistence.ApiKeyImpl made = dao.findKey(id);
            made.revoke(java.util.Date.from(club.clock().instant()), "admin");
            dao.save(made);
            return null;
        });
        assertThat(statusWithin(secret, customer, 401)).isEqualTo(401);
    }

    /** The status of reading the member with this key, asked again for up to 3 s (three refreshes) until it is {@code expected}. */
    private int statusWithin(String secret, long customer, int expected) throws Exception {
        long until = System.nanoTime() + 3_000_000_000L;
        int status;
        do {
            status = call(get(BASE + "/members/" + customer).header("X-Api-Key", secret)).status;
            if (status != expected) {
                Thread.sleep(100);
            }
        } while (status != expected && System.nanoTime() < until);
        return status;
    }

    @Test
    void earning_at_a_partner_is_pending_for_the_programme_days_and_a_retry_gets_the_first_answer() throws Exception {
        LoyaltyAccount member = club.newMember("earner");
        long customer = member.getCustomerId();

        Answer first = call(earn(customer, "receipt-1001", 120).header("X-Api-Key", key));
        Answer again = call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                .header("Idempotency-Key", "receipt-1001").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{ \"reference\" : \"R-1001\", \"points\":120,\n \"reason\": \"Coffee tasting\" }"));

        assertThat(first.status).isEqualTo(201);
        assertThat(first.json.get("type").getTextValue()).isEqualTo("EARN");
        assertThat(first.json.get("points").getLongValue()).isEqualTo(120);
        assertThat(first.json.get("reason").getTextValue()).isEqualTo("Coffee tasting");
        assertThat(first.json.get("reference").getTextValue()).isEqualTo("R-1001");
        OffsetDateTime created = OffsetDateTime.parse(first.json.get("createdAt").getTextValue());
        assertThat(Duration.between(created.plusDays(14), OffsetDateTime.parse(first.json.get("availableAt").getTextValue())))
                .as("available 14 days after the request").isLessThan(Duration.ofSeconds(1)).isGreaterThan(Duration.ofSeconds(-1));
        assertThat(first.json.get("expiresAt").getTextValue()).isNotNull();
        assertThat(again.status).as("a retry is answered 200").isEqualTo(200);
        assertThat(again.text).as("with the first answer").isEqualTo(first.text);
        Balance balance = club.assertConsistent(member.getId());
        assertThat(balance.getPending()).isEqualTo(120);
        assertThat(balance.getAvailable()).isEqualTo(100);
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(2);

        assertError(call(earn(customer, "receipt-1001", 121).header("X-Api-Key", key)), 409, "idempotency_conflict");
        assertError(call(post(BASE + "/members/" + customer + "/redeem").header("X-Api-Key", key)
                .header("Idempotency-Key", "receipt-1001").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"points\": 120, \"reason\": \"Coffee tasting\"}")),
                409, "idempotency_conflict");
        String otherPartner = keys.create("Another partner", "test", null).getSecret();
        Answer theirs = call(earn(customer, "receipt-1001", 120).header("X-Api-Key", otherPartner));
        assertThat(theirs.status).as("idempotency keys are per API key").isEqualTo(201);
        assertThat(theirs.json.get("id").getLongValue()).isNotEqualTo(first.json.get("id").getLongValue());
        assertThat(club.assertConsistent(member.getId()).getPending()).isEqualTo(240);
    }

    @Test
    void a_retry_after_the_kept_answers_are_forgotten_still_posts_nothing_twice() throws Exception {
        LoyaltyAccount member = club.newMember("returning-partner");
        long customer = member.getCustomerId();
        Answer first = call(earn(customer, "receipt-2002", 50).header("X-Api-Key", key));
        assertThat(first.status).isEqualTo(201);

        club.clock().moveBy(Duration.ofDays(91));
        broadleaf.bean("loyaltyJobRunner", io.loyaltyclub.jobs.service.LoyaltyJobRunner.class)
                .run(io.loyaltyclub.api.service.ApiRequestsCleanupJob.NAME);
        Answer later = call(earn(customer, "receipt-2002", 50).header("X-Api-Key", key));

        assertThat(later.status).as("answered as a first request: the kept answer is gone").isEqualTo(201);
        assertThat(later.json.get("id").getLongValue()).as("the same entry").isEqualTo(first.json.get("id").getLongValue());
        assertThat(club.ledger().countEntries(member.getId())).as("welcome bonus and one earning").isEqualTo(2);
        assertError(call(earn(customer, "receipt-2002", 51).header("X-Api-Key", key)), 409, "idempotency_conflict");
    }

    @Test
    void redeeming_spends_available_points_and_refuses_too_many_too_few_and_too_much_changing_nothing() throws Exception {
        LoyaltyAccount member = club.newMember("spender");
        club.give(member.getId(), 400);
        long customer = member.getCustomerId();

        Answer spent = call(redeem(customer, "till-7", 150).header("X-Api-Key", key));

        assertThat(spent.status).isEqualTo(201);
        assertThat(spent.json.get("type").getTextValue()).isEqualTo("REDEEM");
        assertThat(spent.json.get("points").getLongValue()).isEqualTo(-150);
        assertThat(spent.json.get("availableAt").isNull()).isTrue();
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(350);
        long entries = club.ledger().countEntries(member.getId());

        Answer tooMany = call(redeem(customer, "till-8", 351).header("X-Api-Key", key));
        assertError(tooMany, 409, "insufficient_points");
        assertError(call(redeem(customer, "till-9", 99).header("X-Api-Key", key)), 422, "below_minimum");
        assertError(call(redeem(customer, "till-10", PartnerPoints.MAX_PER_REQUEST + 1).header("X-Api-Key", key)),
                422, "limit_exceeded");
        assertError(call(earn(customer, "till-11", PartnerPoints.MAX_PER_REQUEST + 1).header("X-Api-Key", key)),
                422, "limit_exceeded");
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isEqualTo(350);
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(entries);

        // A refused request recorded nothing: its key works once the member can afford it.
        Answer later = call(redeem(customer, "till-8", 350).header("X-Api-Key", key));
        assertThat(later.status).isEqualTo(201);
        assertThat(club.assertConsistent(member.getId()).getAvailable()).isZero();
    }

    @Test
    void malformed_posts_unknown_customers_and_non_members_are_refused_and_change_nothing() throws Exception {
        LoyaltyAccount member = club.newMember("careful");
        long customer = member.getCustomerId();
        Customer stranger = broadleaf.shop().customer("stranger");
        String tooLong = new String(new char[101]).replace('\0', 'k');

        assertError(call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"points\": 5, \"reason\": \"x\"}")), 400, "invalid_request");
        assertError(call(earn(customer, tooLong, 5).header("X-Api-Key", key)), 400, "invalid_request");
        assertError(call(earn(customer, "", 5).header("X-Api-Key", key)), 400, "invalid_request");
        for (String body : new String[]{"{\"points\": 5, \"reason\": ", "{\"points\": 1.5, \"reason\": \"x\"}",
                "{\"points\": \"5\", \"reason\": \"x\"}", "{\"points\": 0, \"reason\": \"x\"}", "[1]", ""}) {
            assertError(call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                    .header("Idempotency-Key", "bad-body").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(body)), 400, "invalid_request");
        }
        assertError(call(earn(987654321L, "k-404", 5).header("X-Api-Key", key)), 404, "not_found");
        assertError(call(earn(stranger.getId(), "k-409", 5).header("X-Api-Key", key)), 409, "not_a_member");
        assertError(call(redeem(stranger.getId(), "k-409b", 100).header("X-Api-Key", key)), 409, "not_a_member");
        assertError(call(get(BASE + "/members/" + stranger.getId() + "/ledger").header("X-Api-Key", key)), 409, "not_a_member");
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(1);

        assertThat(call(earn(customer, "bad-body", 5).header("X-Api-Key", key)).status)
                .as("a key refused for its body is still free").isEqualTo(201);
    }

    @Test
    void enrolment_makes_a_member_once_and_refuses_stale_or_unaccepted_terms() throws Exception {
        Customer joiner = broadleaf.shop().customer("joiner");
        String terms = club.programmes().findProgramme().getTermsVersion();

        assertError(call(enrol(joiner.getId(), "join-0", false, terms).header("X-Api-Key", key)), 422, "terms_not_accepted");
        assertError(call(enrol(joiner.getId(), "join-1", true, terms + "-old").header("X-Api-Key", key)), 422, "stale_terms");
        assertThat(club.memberships().findByCustomer(joiner.getId())).isNull();

        Answer joined = call(enrol(joiner.getId(), "join-2", true, terms).header("X-Api-Key", key));
        Answer replay = call(enrol(joiner.getId(), "join-2", true, terms).header("X-Api-Key", key));
        Answer already = call(enrol(joiner.getId(), "join-3", true, terms).header("X-Api-Key", key));

        assertThat(joined.status).isEqualTo(201);
        assertThat(joined.json.get("member").getBooleanValue()).isTrue();
        assertThat(joined.json.get("available").getLongValue()).as("the welcome bonus").isEqualTo(100);
        assertThat(replay.status).isEqualTo(200);
        assertThat(replay.text).isEqualTo(joined.text);
        assertThat(already.status).as("already a member").isEqualTo(200);
        assertThat(already.json.get("member").getBooleanValue()).isTrue();
        assertThat(club.assertConsistent(club.memberships().findByCustomer(joiner.getId()).getId()).getAvailable())
                .isEqualTo(100);
        assertError(call(enrol(987654321L, "join-4", true, terms).header("X-Api-Key", key)), 404, "not_found");
    }

    @Test
    void the_ledger_is_newest_first_in_pages_by_limit_and_before() throws Exception {
        LoyaltyAccount member = club.newMember("reader");
        long customer = member.getCustomerId();
        for (int i = 1; i <= 4; i++) {
            assertThat(call(earn(customer, "visit-" + i, 10 * i).header("X-Api-Key", key)).status).isEqualTo(201);
        }

        Answer first = call(get(BASE + "/members/" + customer + "/ledger").param("limit", "3").header("X-Api-Key", key));
        JsonNode page = first.json.get("entries");
        long oldestShown = page.get(2).get("id").getLongValue();
        Answer next = call(get(BASE + "/members/" + customer + "/ledger").param("limit", "3")
                .param("before", String.valueOf(oldestShown)).header("X-Api-Key", key));

        assertThat(first.status).isEqualTo(200);
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.get(0).get("points").getLongValue()).isEqualTo(40);
        assertThat(page.get(1).get("points").getLongValue()).isEqualTo(30);
        assertThat(page.get(2).get("points").getLongValue()).isEqualTo(20);
        assertThat(next.json.get("entries").size()).isEqualTo(2);
        assertThat(next.json.get("entries").get(0).get("points").getLongValue()).isEqualTo(10);
        assertThat(next.json.get("entries").get(1).get("reason").getTextValue()).isEqualTo("WELCOME");
        assertError(call(get(BASE + "/members/" + customer + "/ledger").param("limit", "0").header("X-Api-Key", key)),
                400, "invalid_request");
        assertError(call(get(BASE + "/members/" + customer + "/ledger").param("limit", "101").header("X-Api-Key", key)),
                400, "invalid_request");
    }

    @Test
    void sixteen_requests_at_once_with_one_idempotency_key_earn_once_and_all_get_the_same_entry() throws Exception {
        LoyaltyAccount member = club.newMember("twins");
        final long customer = member.getCustomerId();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<Future<Answer>>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return call(earn(customer, "double-click", 75).header("X-Api-Key", key));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<Integer>();
        Set<Long> ids = new HashSet<Long>();
        for (Future<Answer> answer : answers) {
            Answer a = answer.get();
            statuses.add(a.status);
            ids.add(a.json.get("id").getLongValue());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).hasSize(1);
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(2);
        assertThat(club.assertConsistent(member.getId()).getPending()).isEqualTo(75);
    }

    @Test
    void nul_or_another_control_character_in_a_reason_reference_address_key_or_terms_is_400_and_stores_nothing() throws Exception {
        LoyaltyAccount member = club.newMember("nul");
        long customer = member.getCustomerId();
        String terms = club.programmes().findProgramme().getTermsVersion();
        Customer joiner = broadleaf.shop().customer("nul-joiner");
        String[] bodies = {
                "{\"points\": 5, \"reason\": \"Coffee\\u0000tasting\"}",
                "{\"points\": 5, \"reason\": \"Coffee tasting\", \"reference\": \"R-\\u00001\"}",
                "{\"points\": 5, \"reason\": \"Coffee\\ntasting\"}",
                // 1,000 characters, a legal length: each control character would be stored as a six-character escape.
                "{\"points\": 5, \"reason\": \"a" + repeat("\\u0001", 998) + "b\"}",
                "{\"points\": 5, \"reason\": \"half a pair \\ud83c\"}"
        };
        for (int i = 0; i < bodies.length; i++) {
            for (String what : new String[]{"earn", "redeem"}) {
                assertError(call(post(BASE + "/members/" + customer + "/" + what).header("X-Api-Key", key)
                        .header("Idempotency-Key", "nul-" + i).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(bodies[i])), 400, "invalid_request");
            }
        }
        assertError(call(earn(customer, "nul\u0000key", 5).header("X-Api-Key", key)), 400, "invalid_request");
        assertError(call(get(BASE + "/members").param("email", "alice\u0000@example.com").header("X-Api-Key", key)),
                400, "invalid_request");
        assertError(call(get(BASE + "/members").param("email", repeat("a", 250) + "@example.com").header("X-Api-Key", key)),
                400, "invalid_request");
        assertError(call(enrol(joiner.getId(), "nul-join", true, terms + "\\u0000").header("X-Api-Key", key)),
                400, "invalid_request");
        assertThat(call(get(BASE + "/members/" + customer).header("X-Api-Key", "lck_\u0000" + key.substring(5))).status)
                .isEqualTo(401);

        assertThat(club.ledger().countEntries(member.getId())).as("the welcome bonus only").isEqualTo(1);
        assertThat(club.memberships().findByCustomer(joiner.getId())).isNull();
        assertThat(call(earn(customer, "nul-0", 5).header("X-Api-Key", key)).status).as("a refused key is still free")
                .isEqualTo(201);
    }

    @Test
    void the_longest_reason_and_reference_are_stored_and_a_retry_gets_them_back_exactly() throws Exception {
        LoyaltyAccount member = club.newMember("longest");
        long customer = member.getCustomerId();
        // Quotes and backslashes: JSON writes each as two characters, the most an accepted character can take.
        String reason = repeat("\\\"", PointsRequest.MAX_REASON / 2) + repeat("\\\\", PointsRequest.MAX_REASON / 2);
        String reference = repeat("\\\"", PointsRequest.MAX_REFERENCE);
        String body = "{\"points\": " + PartnerPoints.MAX_PER_REQUEST + ", \"reason\": \"" + reason
                + "\", \"reference\": \"" + reference + "\"}";
        MockHttpServletRequestBuilder request = post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                .header("Idempotency-Key", repeat("k", PartnerApiController.MAX_IDEMPOTENCY_KEY))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);

        Answer first = call(request);
        Answer again = call(request);

        assertThat(first.status).as(first.text).isEqualTo(201);
        assertThat(first.json.get("reason").getTextValue()).hasSize(PointsRequest.MAX_REASON).startsWith("\"\"").endsWith("\\\\");
        assertThat(first.json.get("reference").getTextValue()).isEqualTo(repeat("\"", PointsRequest.MAX_REFERENCE));
        assertThat(again.status).isEqualTo(200);
        assertThat(again.text).isEqualTo(first.text);
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(2);
    }

    @Test
    void json_nested_five_thousand_deep_a_field_given_twice_and_a_body_over_16_kb_are_refused_with_json() throws Exception {
        LoyaltyAccount member = club.newMember("deep");
        long customer = member.getCustomerId();
        String deep = repeat("[", 5000) + repeat("]", 5000);
        for (String body : new String[]{"{\"points\": 5, \"reason\": \"x\", \"reference\": " + deep + "}", deep,
                "{\"points\": 5, \"reason\": \"x\", \"points\": 500}"}) {
            assertError(call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                    .header("Idempotency-Key", "deep").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(body)), 400, "invalid_request");
        }
        String large = "{\"points\": 5, \"reason\": \"x\", \"reference\": \"" + repeat("r", JsonBody.MAX_BYTES) + "\"}";
        assertError(call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                .header("Idempotency-Key", "large").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(large)), 413, "payload_too_large");
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(1);
    }

    @Test
    void a_body_not_sent_as_json_is_415_and_posts_nothing_while_json_with_a_utf8_charset_is_taken() throws Exception {
        LoyaltyAccount member = club.newMember("typed");
        long customer = member.getCustomerId();
        String body = "{\"points\": 5, \"reason\": \"x\"}";
        for (String type : new String[]{"text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=ISO-8859-1", null}) {
            MockHttpServletRequestBuilder earn = post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                    .header("Idempotency-Key", "typed").content(body);
            if (type != null) {
                earn.contentType(org.springframework.http.MediaType.parseMediaType(type));
            }
            assertError(call(earn), 415, "unsupported_media_type");
        }
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(1);

        Answer taken = call(post(BASE + "/members/" + customer + "/earn").header("X-Api-Key", key)
                .header("Idempotency-Key", "typed")
                .contentType(org.springframework.http.MediaType.parseMediaType("application/json; charset=UTF-8")).content(body));
        assertThat(taken.status).as(taken.text).isEqualTo(201);
    }

    @Test
    void a_customer_id_in_the_path_is_plain_digits_or_400() throws Exception {
        LoyaltyAccount member = club.newMember("plain");
        long customer = member.getCustomerId();
        for (String id : new String[]{" " + customer, customer + " ", "+" + customer, "0" + customer, customer + ".5",
                customer + ".json", "-" + customer, "99999999999999999999"}) {
            assertError(call(post(BASE + "/members/{id}/earn", id).header("X-Api-Key", key).header("Idempotency-Key", "plain")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"points\": 5, \"reason\": \"x\"}")), 400, "invalid_request");
            assertError(call(get(BASE + "/members/{id}", id).header("X-Api-Key", key)), 400, "invalid_request");
        }
        assertThat(club.ledger().countEntries(member.getId())).isEqualTo(1);
        assertThat(call(get(BASE + "/members/{id}", String.valueOf(customer)).header("X-Api-Key", key)).status).isEqualTo(200);
    }

    @Test
    void a_known_address_asked_with_another_method_is_405_with_allow_and_an_unknown_one_404() throws Exception {
        long customer = club.newMember("methods").getCustomerId();
        Object[][] wrong = {
                {get(BASE + "/members/" + customer + "/earn"), "POST"},
                {put(BASE + "/members/" + customer + "/redeem"), "POST"},
                {get(BASE + "/members/" + customer + "/enrolment"), "POST"},
                {delete(BASE + "/members/" + customer), "GET"},
                {post(BASE + "/members/" + customer), "GET"},
                {post(BASE + "/members/" + customer + "/ledger"), "GET"},
                {post(BASE + "/members"), "GET"},
                {request(HttpMethod.PATCH, BASE + "/members/abc/earn"), "POST"}
        };
        for (Object[] call : wrong) {
            MockHttpServletResponse response = mvc.perform(((MockHttpServletRequestBuilder) call[0]).header("X-Api-Key", key))
                    .andReturn().getResponse();
            assertError(new Answer(response.getStatus(), response.getContentAsString()), 405, "method_not_allowed");
            assertThat(response.getHeader("Allow")).isEqualTo(call[1]);
        }
        for (String unknown : new String[]{"/nothing-here", "/members/1/points", "/members/1/earn/again", "", "/"}) {
            assertError(call(post(BASE + unknown).header("X-Api-Key", key)), 404, "not_found");
            assertError(call(get(BASE + unknown).header("X-Api-Key", key)), 404, "not_found");
        }
    }

    private static MockHttpServletRequestBuilder earn(long customer, String idempotencyKey, long points) {
        return posting("earn", customer, idempotencyKey, points);
    }

    private static MockHttpServletRequestBuilder redeem(long customer, String idempotencyKey, long points) {
        return posting("redeem", customer, idempotencyKey, points);
    }

    private static MockHttpServletRequestBuilder posting(String what, long customer, String idempotencyKey, long points) {
        return post(BASE + "/members/" + customer + "/" + what).header("Idempotency-Key", idempotencyKey)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"points\": " + points + ", \"reason\": \"Coffee tasting\", \"reference\": \"R-1001\"}");
    }

    private static MockHttpServletRequestBuilder enrol(long customer, String idempotencyKey, boolean accept, String terms) {
        return post(BASE + "/members/" + customer + "/enrolment").header("Idempotency-Key", idempotencyKey)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"acceptTerms\": " + accept + ", \"termsVersion\": \"" + terms + "\"}");
    }

    private Answer call(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        return new Answer(response.getStatus(), new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static void assertError(Answer answer, int status, String code) {
        assertThat(answer.status).as(answer.text).isEqualTo(status);
        assertThat(answer.json.get("error").getTextValue()).isEqualTo(code);
        assertThat(answer.json.get("message").getTextValue()).isNotEmpty();
        assertThat(answer.json.size()).isEqualTo(2);
    }

    private static String repeat(String text, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(text);
        }
        return out.toString();
    }

    private static final class Answer {
        final int status;
        final String text;
        final JsonNode json;

        Answer(int status, String text) throws java.io.IOException {
            this.status = status;
            this.text = text;
            this.json = JSON.readTree(text);
        }
    }
}
