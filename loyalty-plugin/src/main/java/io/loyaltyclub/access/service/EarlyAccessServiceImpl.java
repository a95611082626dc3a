package io.loyaltyclub.access.service;

import io.loyaltyclub.access.domain.EarlyAccessWindow;
import io.loyaltyclub.access.domain.Preview;
import io.loyaltyclub.access.persistence.EarlyAccessDao;
import io.loyaltyclub.access.persistence.EarlyAccessImpl;
import io.loyaltyclub.platform.EntityWrites;
import io.loyaltyclub.platform.KeptInMemory;
import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Who may see and buy previews before their launch. Every storefront page asks (listings, product pages, the cart),
 * guests too, so the previews before their launch are kept in memory, as the tiers are:
 *
 * <ul>
 *   <li>A preview written on this JVM (the admin's form, the DAO, anything through JPA: {@link EntityWrites}) makes it
 *   forget them once the write commits; the next page reads them again.</li>
 *   <li>The club's {@link Refresher} reads them again every {@code loyalty.earlyAccess.refreshSeconds} (10), so that a
 *   preview saved on another node (the admin is a JVM of its own) counts here within that time.</li>
 *   <li>A launch is decided at the moment of each question, not at the read: a preview read before its launch stops
 *   keeping anybody out at its launch. A clock moved back before the last read (a test's) reads them again.</li>
 *   <li>What is kept, forgotten and read again, and when: {@link KeptInMemory}.</li>
 * </ul>
 * Each preview's tier is the tier service's, kept too: a tier's new rank or name counts within its own refresh.
 */
@Service("loyaltyEarlyAccess")
public class EarlyAccessServiceImpl implements EarlyAccessService {

    /** How far up the category tree a product's categories are followed (guards against a cycle). */
    private static final int MAX_DEPTH = 20;

    /** How long before a read its previews' launches may lie (see {@link #readPreviews}). */
    private static final Duration READ_MARGIN = Duration.ofMinutes(1);

    @Resource(name = "loyaltyEarlyAccessDao")
    protected EarlyAccessDao dao;

    @Resource(name = "loyaltyTierService")
    protected TierService tiers;

    @Resource(name = "loyaltyProgramService")
    protected LoyaltyProgramService programmes;

    @Resource(name = "loyaltyClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "loyaltyRefresher")
    protected Refresher refresher;

    /** How often this node reads the previews again: the longest a preview saved on another node takes to count. */
    @Value("${loyalty.earlyAccess.refreshSeconds:10}")
    protected long refreshSeconds = 10;

    protected Transactions transactions;
    /** The previews before their launch, as last read. */
    protected KeptInMemory<KeptPreviews> kept;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        kept = new KeptInMemory<KeptPreviews>(refresher, "the previews", refreshSeconds, EarlyAccessImpl.class,
                this::readPreviews);
    }

    @PreDestroy
    public void stop() {
        if (kept != null) {
            kept.close();
        }
    }

    @Override
    public ShopperAccess forShopper(Customer customer) {
        return new Access(customer, clock.instant(), null);
    }

    @Override
    public ShopperAccess forShopper(Customer customer, Supplier<MemberStanding> standing) {
        return new Access(customer, clock.instant(), standing);
    }

    @Override
    public EarlyAccessRefusal refusalFor(Product product, Customer customer) {
        return forShopper(customer).refusalFor(product);
    }

    @Override
    public EarlyAccessRefusal refusalFor(Category category, Customer customer) {
        return forShopper(customer).refusalFor(category);
    }

    @Override
    public int removeHidden(Collection<?> products, Customer customer) {
        return forShopper(customer).removeHidden(products);
    }

    /** The previews before their launch, read at once; the shopper's standing, read when a preview concerns them. */
    private final class Access implements ShopperAccess {

        private final Customer customer;
        private final Instant now;
        private final List<Rule> rules;
        private final Supplier<MemberStanding> knownStanding;
        private MemberStanding standing;

        Access(Customer customer, Instant now, Supplier<MemberStanding> knownStanding) {
            this.customer = customer;
            this.knownStanding = knownStanding;
            this.now = now;
            this.rules = rules(now);
        }

        @Override
        public EarlyAccessRefusal refusalFor(Product product) {
            return product == null || rules.isEmpty() ? null : refusal(windowsOf(product, rules));
        }

        @Override
        public EarlyAccessRefusal refusalFor(Category category) {
            if (category == null || rules.isEmpty()) {
                return null;
            }
            Set<Long> lineage = new HashSet<Long>();
            addLineage(category, lineage);
            List<EarlyAccessWindow> windows = new ArrayList<EarlyAccessWindow>();
            for (Rule rule : rules) {
                if (rule.categoryId != null && lineage.contains(rule.categoryId)) {
                    windows.add(rule.window);
                }
            }
            return refusal(windows);
        }

        @Override
        public int removeHidden(Collection<?> products) {
            if (products == null || products.isEmpty() || rules.isEmpty()) {
                return 0;
            }
            int removed = 0;
            for (Iterator<?> it = products.iterator(); it.hasNext(); ) {
                Object item = it.next();
                if (item instanceof Product && refusal(windowsOf((Product) item, rules)) != null) {
                    it.remove();
                    removed++;
                }
            }
            return removed;
        }

        private EarlyAccessRefusal refusal(List<EarlyAccessWindow> windows) {
            if (windows.isEmpty()) {
                return null;
            }
            if (standing == null) {
                standing = knownStanding != null ? knownStanding.get() : standing(customer);
            }
            EarlyAccessWindow window = EarlyAccessWindow.keepingOut(windows, now, standing.isMember(),
                    standing.getRank());
            if (window == null) {
                return null;
            }
            return new EarlyAccessRefusal(window.getTierName(),
                    window.getLaunchAt().atZone(programmes.findProgramme().toRules().zone()).toLocalDate(),
                    standing.isMember());
        }
    }

    private MemberStanding standing(Customer customer) {
        return tiers.standingOf(customer == null ? null : customer.getId());
    }

    private static List<EarlyAccessWindow> windowsOf(Product product, List<Rule> rules) {
        Set<Long> categories = new HashSet<Long>();
        if (product.getAllParentCategoryXrefs() != null) {
            for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
                addLineage(xref.getCategory(), categories);
            }
        }
        addLineage(product.getDefaultCategory(), categories);
        List<EarlyAccessWindow> windows = new ArrayList<EarlyAccessWindow>();
        for (Rule rule : rules) {
            if ((rule.productId != null && rule.productId.equals(product.getId()))
                    || (rule.categoryId != null && categories.contains(rule.categoryId))) {
                windows.add(rule.window);
            }
        }
        return windows;
    }

    /** The category and the categories above it. */
    private static void addLineage(Category category, Set<Long> into) {
        Category current = category;
        for (int depth = 0; current != null && depth < MAX_DEPTH && into.add(current.getId()); depth++) {
            current = current.getDefaultParentCategory();
        }
    }

    /** The previews before their launch at {@code now}, with who their tiers admit early. */
    private List<Rule> rules(Instant now) {
        KeptPreviews previews = kept.get();
        if (now.isBefore(previews.from)) {
            previews = kept.read();
        }
        List<Rule> rules = new ArrayList<Rule>();
        for (Preview preview : previews.beforeLaunch) {
            if (now.isBefore(preview.getLaunchAt())) {
                rules.add(new Rule(preview.getProductId(), preview.getCategoryId(),
                        new EarlyAccessWindow(tiers.requirementOf(preview.getTierCode()), preview.getLaunchAt())));
            }
        }
        return rules;
    }

    /**
     * The previews whose launch is after a minute ago (so that a caller whose moment was taken just before the read
     * finds all previews not launched by then), read in the caller's transaction when it has one.
     */
    private KeptPreviews readPreviews() {
        Instant from = clock.instant().minus(READ_MARGIN);
        return new KeptPreviews(from, transactions.run(status -> dao.findBeforeLaunch(Date.from(from))));
    }

    /** The previews whose launch was after {@code from}, as read then. */
    protected static final class KeptPreviews {
        final Instant from;
        final List<Preview> beforeLaunch;

        KeptPreviews(Instant from, List<Preview> beforeLaunch) {
            this.from = from;
            this.beforeLaunch = beforeLaunch;
        }
    }

    private static final class Rule {
        final Long productId;
        final Long categoryId;
        final EarlyAccessWindow window;

        Rule(Long productId, Long categoryId, EarlyAccessWindow window) {
            this.productId = productId;
            this.categoryId = categoryId;
            this.window = window;
        }
    }
}
