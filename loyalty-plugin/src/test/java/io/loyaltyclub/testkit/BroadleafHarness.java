package io.loyaltyclub.testkit;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Boots the real merged Broadleaf 3.1 context (the service and web contexts a storefront loads, the
 * content client contexts, and the loyalty plugin) on a test database, once per JVM.
 *
 * <pre>
 *   BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
 *   Order order = broadleaf.inSession(() -> broadleaf.shop().cart(customer, line(product, 2)));
 * </pre>
 *
 * Work that touches Broadleaf's DAOs runs inside {@link #inSession}: like a storefront request, it has an
 * EntityManager bound to the thread and a {@link BroadleafRequestContext} with the store's locale and
 * currency.
 */
public final class BroadleafHarness {

    /** Broadleaf's own files, then the content client contexts a storefront lists. */
    private static final String[] PLATFORM_PATCHES = {
            "bl-open-admin-contentClient-applicationContext.xml",
            "bl-cms-contentClient-applicationContext.xml"
    };
    private static final String PLUGIN_PATCH = "bl-loyalty-applicationContext.xml";
    private static final String HARNESS_PATCH = "loyalty-harness-applicationContext.xml";
    /** The site's own beans, some injecting Broadleaf's services by type (SiteWiredByType). */
    private static final String SITE_PATCH = "loyalty-harness-site-applicationContext.xml";

    private static BroadleafHarness withPlugin;
    private static BroadleafHarness withoutPlugin;

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final long bootMillis;
    private final ConnectionWatch connections;
    private final Shop shop;
    private final Club club;

    private BroadleafHarness(boolean plugin) {
        long start = System.nanoTime();
        this.database = TestDatabase.selected();
        System.setProperty("loyalty.harness.jdbc.url", database.url());
        System.setProperty("loyalty.harness.jdbc.user", database.user());
        System.setProperty("loyalty.harness.jdbc.password", database.password());
        System.setProperty("loyalty.harness.dialect", database.dialect());
        List<String> patches = new ArrayList<String>(Arrays.asList(PLATFORM_PATCHES));
        if (plugin) {
            patches.add(PLUGIN_PATCH);
        }
        patches.add(HARNESS_PATCH);
        patches.add(SITE_PATCH);
        try {
            this.context = new MergeClassPathXMLApplicationContext(
                    StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE),
                    patches.toArray(new String[0]));
        } catch (IOException e) {
            throw new IllegalStateException("Broadleaf's context locations could not be read", e);
        }
        this.entityManagerFactory = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        this.transaction = new TransactionTemplate(
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.connections = context.getBean("loyaltyHarnessDataSource", ConnectionWatch.class);
        this.connections.start();
        this.bootMillis = (System.nanoTime() - start) / 1_000_000;
        this.shop = new Shop(this);
        this.club = new Club(this);
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                context.close();
                database.drop();
            }
        }, "broadleaf-harness-shutdown"));
    }

    /** Broadleaf with the loyalty plugin installed, booted on first use. */
    public static synchronized BroadleafHarness withPlugin() {
        if (withPlugin == null) {
            withPlugin = new BroadleafHarness(true);
        }
        return withPlugin;
    }

    /** Plain Broadleaf without the plugin, for comparisons ("plugin off"). */
    public static synchronized BroadleafHarness withoutPlugin() {
        if (withoutPlugin == null) {
            withoutPlugin = new BroadleafHarness(false);
        }
        return withoutPlugin;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** The data source, watching that no thread holds two connections at once. */
    public ConnectionWatch connections() {
        return connections;
    }

    public TestDatabase database() {
        return database;
    }

    public long bootMillis() {
        return bootMillis;
    }

    /** Helpers that create catalogue items, customers and carts and run pricing and checkout. */
    public Shop shop() {
        return shop;
    }

    /** The loyalty club's services, clock and programme settings (only with the plugin). */
    public Club club() {
        return club;
    }

    /**
     * Runs {@code work} as a storefront request would: with an EntityManager bound to the thread (as
     * Broadleaf's OpenEntityManagerInView filter does) and a request context holding the store's default
     * locale and currency. Nested calls share the outer session.
     */
    public <T> T inSession(Callable<T> work) {
        boolean outer = !TransactionSynchronizationManager.hasResource(entityManagerFactory);
        EntityManager entityManager = null;
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        if (outer) {
            entityManager = entityManagerFactory.createEntityManager();
            TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(entityManager));
            BroadleafRequestContext.setBroadleafRequestContext(requestContext());
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (outer) {
                TransactionSynchronizationManager.unbindResource(entityManagerFactory);
                entityManager.close();
                BroadleafRequestContext.setBroadleafRequestContext(previous);
            }
        }
    }

    /** Runs {@code work} in one transaction of Broadleaf's transaction manager, inside a session. */
    public <T> T inTransaction(final Callable<T> work) {
        return inSession(new Callable<T>() {
            @Override
            public T call() {
                return transaction.execute(new TransactionCallback<T>() {
                    @Override
                    public T doInTransaction(org.springframework.transaction.TransactionStatus status) {
                        try {
                            return work.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
        });
    }

    /**
     * Waits until the club's worker has credited the points of every checkout so far (the checkout hands them
     * over; see EarningAfterCheckout), as a shopper looking at the account a moment later would find them.
     */
    public void awaitLoyaltyWorkers() {
        if (!context.containsBean("loyaltyEarningAfterCheckout")) {
            return;
        }
        try {
            if (!bean("loyaltyEarningAfterCheckout", io.loyaltyclub.earning.broadleaf.EarningAfterCheckout.class)
                    .awaitIdle(java.time.Duration.ofSeconds(30))) {
                throw new IllegalStateException("The points of a checkout were not credited within 30 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The EntityManager bound by the surrounding {@link #inSession}. */
    public EntityManager entityManager() {
        EntityManagerHolder holder =
                (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (holder == null) {
            throw new IllegalStateException("Call this inside BroadleafHarness.inSession(...)");
        }
        return holder.getEntityManager();
    }

    private BroadleafRequestContext requestContext() {
        BroadleafRequestContext brc = new BroadleafRequestContext();
        Locale locale = bean("blLocaleService", LocaleService.class).findDefaultLocale();
        BroadleafCurrency currency = bean("blCurrencyService", BroadleafCurrencyService.class).findDefaultBroadleafCurrency();
        brc.setLocale(locale);
        brc.setBroadleafCurrency(currency);
        brc.setIgnoreSite(true);
        return brc;
    }
}
