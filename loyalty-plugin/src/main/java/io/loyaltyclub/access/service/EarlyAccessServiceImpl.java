package io.loyaltyclub.access.service;

import io.loyaltyclub.access.domain.EarlyAccessWindow;
import io.loyaltyclub.access.persistence.EarlyAccess;
import io.loyaltyclub.access.persistence.EarlyAccessDao;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.service.LoyaltyProgramService;
import io.loyaltyclub.tier.service.MemberStanding;
import io.loyaltyclub.tier.service.TierService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.time.Clock;
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
import javax.annotation.Resource;

@Service("loyaltyEarlyAccess")
public class EarlyAccessServiceImpl implements EarlyAccessService {

    /** How far up the category tree a product's categories are followed (guards against a cycle). */
    private static final int MAX_DEPTH = 20;

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

    protected Transactions transactions;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
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

    /** The early accesses before their launch, with who their tiers admit early. */
    private List<Rule> rules(final Instant now) {
        return transactions.run(new TransactionCallback<List<Rule>>() {
            @Override
            public List<Rule> doInTransaction(TransactionStatus status) {
                List<Rule> rules = new ArrayList<Rule>();
                for (EarlyAccess access : dao.findBeforeLaunch(Date.from(now))) {
                    rules.add(new Rule(access.getProduct() == null ? null : access.getProduct().getId(),
                            access.getCategory() == null ? null : access.getCategory().getId(),
                            new EarlyAccessWindow(tiers.requirementOf(access.getTierCode()),
                                    access.getLaunchAt().toInstant())));
                }
                return rules;
            }
        });
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
