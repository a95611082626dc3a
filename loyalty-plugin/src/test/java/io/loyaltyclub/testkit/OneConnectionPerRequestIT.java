package io.loyaltyclub.testkit;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loyaltyclub.api.service.ApiKeyService;
import io.loyaltyclub.api.service.PartnerApiService;
import io.loyaltyclub.api.web.PartnerApiTestAccess;
import io.loyaltyclub.jobs.service.LoyaltyJob;
import io.loyaltyclub.jobs.service.LoyaltyJobRunner;
import io.loyaltyclub.ledger.service.EntrySource;
import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;

/**
 * No request, job or checkout holds more than one database connection at a time: the main paths of the club, each
 * run as the storefront runs it (an EntityManager bound to the thread that has already read something, so it holds
 * its connection as Hibernate keeps it until the session closes), with {@link ConnectionWatch} looking. Every other
 * test of the module is watched the same way ({@link OneConnectionAtATime}); these make the paths explicit.
 */
class OneConnectionPerRequestIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Club club = broadleaf.club();
    private final Shop shop = broadleaf.shop();
    private final ConnectionWatch connections = broadleaf.connections();
    private MockMvc api;
    private String key;

    @BeforeEach
    void aPartnerKey() {
        club.reset();
        api = PartnerApiTestAccess.mockMvc(broadleaf.bean("loyaltyApiKeyService", ApiKeyService.class),
                broadleaf.bean("loyaltyPartnerApiService", PartnerApiService.class));
        key = broadleaf.bean("loyaltyApiKeyService", ApiKeyService.class).create("Watched partner", "test", null)
                .getSecret();
        connections.clear();
    }

    @AfterEach
    void resetTheClub() {
        club.reset();
    }

    @Test
    void the_watch_sees_a_thread_that_takes_a_second_connection() {
        PlatformTransactionManager transactionManager = broadleaf.bean("blTransactionManager", PlatformTransactionManager.class);
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        final TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        broadleaf.inSession(() -> outer.execute(status -> {
            broadleaf.entityManager().createNativeQuery("SELECT COUNT(*) FROM LOYALTY_PROGRAM").getSingleResult();
            return inner.execute(nested -> broadleaf.entityManager()
                    .createNativeQuery("SELECT COUNT(*) FROM LOYALTY_PROGRAM").getSingleResult());
        }));

        assertThat(connections.nested()).as("a REQUIRES_NEW inside a transaction: two connections").hasSize(1);
        assertThat(connections.nested().get(0)).contains("while holding 1");
        connections.clear();
    }

    @Test
    void reading_the_programme_takes_no_connection_of_its_own_inside_a_request_or_its_transaction() {
        LoyaltyProgramService programmes = club.programmes();
        broadleaf.inSession(() -> {
            readSomething();
            programmes.findProgramme();
            assertThat(connections.heldByThisThread()).isEqualTo(1);
            return broadleaf.inTransaction(() -> programmes.findProgramme().getName());
        });

        assertThat(connections.nested()).isEmpty();
    }

    @Test
    void partner_api_requests_take_one_connection_each_also_sixteen_at_once() throws Exception {
        LoyaltyAccount member = club.newMember("watched-api");
        long customer = member.getCustomerId();
        Customer bob = shop.customer("watched-api-enrol");

        assertThat(status(post("/api/loyalty/v1/members/" + bob.getId() + "/enrolment"), "enrol-" + bob.getId(),
                "{\"acceptTerms\": true, \"termsVersion\": \""
                        + club.programmes().findProgramme().getTermsVersion() + "\"}")).isEqualTo(201);
        assertThat(status(post("/api/loyalty/v1/members/" + customer + "/earn"), "earn-1",
                "{\"points\": 40, \"reason\": \"Coffee\"}")).isEqualTo(201);
        assertThat(status(post("/api/loyalty/v1/members/" + customer + "/earn"), "earn-1",
                "{\"points\": 40, \"reason\": \"Coffee\"}")).as("the retry").isEqualTo(200);
        assertThat(status(post("/api/loyalty/v1/members/" + customer + "/redeem"), "redeem-1",
                "{\"points\": 100, \"reason\": \"Cake\"}")).isEqualTo(201);
        assertThat(status(get("/api/loyalty/v1/members/" + customer), null, null)).isEqualTo(200);
        assertThat(status(get("/api/loyalty/v1/members/" + customer + "/ledger"), null, null)).isEqualTo(200);

        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String idempotencyKey = "earn-at-once-" + (i % 8);
            answers.add(pool.submit(() -> {
                start.await();
                return status(post("/api/loyalty/v1/members/" + customer + "/earn"), idempotencyKey,
                        "{\"points\": 5, \"reason\": \"At once\"}");
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(60, TimeUnit.SECONDS)).isIn(200, 201);
        }
        pool.shutdown();

        assertThat(connections.nested()).isEmpty();
        assertThat(club.assertConsistent(member.getId()).getPending()).isEqualTo(40 + 8 * 5);
    }

    @Test
    void joining_an_admin_adjustment_and_a_checkout_paying_with_points_and_earning_take_one_connection() throws Exception {
        club.configure(p -> p.setWelcomeBonusPoints(0L));
        Customer customer = shop.customer("watched-checkout");
        LoyaltyAccount account = broadleaf.inSession(() -> {
            readSomething();
            return club.join(customer);
        });
        broadleaf.inSession(() -> {
            readSomething();
            return club.ledger().adjust(account.getId(), 2000, EntrySource.admin("admin", "For a test"),
                    "watched-adjust-" + account.getId());
        });
        Product lamp = shop.product("Watched lamp", "40.00");
        Order cart = shop.shipped(shop.cart(customer, line(lamp, 2)));
        broadleaf.inSession(() -> {
            Order fresh = shop.orders().findOrderById(cart.getId());
            club.pointsPayments().apply(fresh, customer, 1000);
            return null;
        });
        broadleaf.inSession(() -> shop.checkout(shop.orders().findOrderById(cart.getId())));
        broadleaf.awaitLoyaltyWorkers();

        assertThat(connections.nested()).isEmpty();
        assertThat(club.assertConsistent(account.getId()).getAvailable()).as("2000 given, 1000 paid").isEqualTo(1000);
        assertThat(club.assertConsistent(account.getId()).getPending()).as("the order's points").isPositive();
    }

    @Test
    void every_job_run_takes_one_connection() {
        LoyaltyJobRunner runner = broadleaf.bean("loyaltyJobRunner", LoyaltyJobRunner.class);
        club.newMember("watched-jobs");

        for (LoyaltyJob job : runner.jobs()) {
            runner.run(job.name());
            assertThat(connections.nested()).as(job.name()).isEmpty();
        }
    }

    private void readSomething() {
        broadleaf.entityManager().createNativeQuery("SELECT COUNT(*) FROM LOYALTY_PROGRAM").getSingleResult();
        assertThat(broadleaf.bean("entityManagerFactory", EntityManagerFactory.class)).isNotNull();
    }

    /** One API request as the storefront serves it: inside a session that has already read (and so holds a connection). */
    private int status(MockHttpServletRequestBuilder request, String idempotencyKey, String body) {
        return broadleaf.inSession(() -> {
            readSomething();
            request.header("X-Api-Key", key);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            return api.perform(request).andReturn().getResponse().getStatus();
        });
    }
}
