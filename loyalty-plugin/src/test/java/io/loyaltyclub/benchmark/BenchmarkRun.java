package io.loyaltyclub.benchmark;

import static io.loyaltyclub.testkit.Shop.line;

import io.loyaltyclub.member.persistence.LoyaltyAccount;
import io.loyaltyclub.testkit.BroadleafHarness;
import io.loyaltyclub.testkit.Shop;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark run in this JVM, with the plugin installed ("on") or not ("off"): the median time of
 * Broadleaf's checkout workflow per order and of pricing an order of 10 lines, on the headless context.
 * Started by {@link CheckoutBenchmark}, which runs both modes in separate JVMs and compares them.
 */
public final class BenchmarkRun {

    static final String RESULT = "BENCHMARK-RESULT";

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean plugin = !"off".equals(args.length > 0 ? args[0] : "on");
        int warmup = Integer.getInteger("bench.warmup", 40);
        int orders = Integer.getInteger("bench.orders", 200);
        int pricings = Integer.getInteger("bench.pricings", 300);

        BroadleafHarness broadleaf = plugin ? BroadleafHarness.withPlugin() : BroadleafHarness.withoutPlugin();
        Shop shop = broadleaf.shop();
        Category category = shop.category("Benchmark");
        List<Product> products = new ArrayList<Product>();
        for (int i = 0; i < 10; i++) {
            products.add(shop.product("Benchmark product " + i, String.format(Locale.ROOT, "%d.99", 10 + i), category));
        }
        Customer customer = shop.customer("benchmark");
        // With the plugin, the shopper is a member: every order earns points (the club's whole checkout path).
        LoyaltyAccount member = plugin ? broadleaf.club().join(customer) : null;

        // Checkout: a 3-line order is built, shipped and paid (not timed), then the checkout workflow is timed.
        List<Long> checkout = new ArrayList<Long>();
        List<Long> checkoutCpu = new ArrayList<Long>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup + orders; i++) {
            Order cart = shop.cart(customer, line(products.get(i % 10), 1), line(products.get((i + 3) % 10), 2),
                    line(products.get((i + 7) % 10), 1));
            final Order ready = shop.readyForCheckout(cart);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Order submitted = broadleaf.inSession(() ->
                    broadleaf.bean("blCheckoutService", CheckoutService.class).performCheckout(ready).getOrder());
            long took = System.nanoTime() - start;
            long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
            if (!OrderStatus.SUBMITTED.equals(submitted.getStatus())) {
                throw new IllegalStateException("Checkout did not submit the order");
            }
            if (i >= warmup) {
                checkout.add(took);
                checkoutCpu.add(tookCpu);
            }
        }

        long drainStart = System.nanoTime();
        long drained = 0;
        if (plugin) {
            // The points of the orders are credited by the club's worker after each checkout: all of them, soon.
            broadleaf.awaitLoyaltyWorkers();
            drained = System.nanoTime() - drainStart;
            long earned = broadleaf.club().ledger().countEntries(member.getId()) - 1;
            if (earned != warmup + orders) {
                throw new IllegalStateException(earned + " of " + (warmup + orders) + " orders earned points");
            }
        }

        // Pricing: the same 10-line order priced again and again (Broadleaf's pricing workflow).
        Shop.Line[] lines = new Shop.Line[10];
        for (int i = 0; i < 10; i++) {
            lines[i] = line(products.get(i), 1 + i % 3);
        }
        Order tenLines = shop.cart(customer, lines);
        List<Long> pricing = new ArrayList<Long>();
        for (int i = 0; i < warmup + pricings; i++) {
            long start = System.nanoTime();
            tenLines = shop.price(tenLines);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                pricing.add(took);
            }
        }

        // Member prices: a Gold member (with the plugin) browses a listing of 50 products and prices a 10-line cart,
        // each pass as one storefront request (the club's filter fills the pricing considerations; without the
        // plugin there are none). Gold has 10 % off the benchmark category (its sub-categories included), 5 % off
        // the whole catalogue and a fixed price on one product.
        Category listing = shop.subCategory("Benchmark listing", category);
        for (int i = 0; i < 50; i++) {
            shop.product("Listed product " + i, String.format(Locale.ROOT, "%d.50", 5 + i), listing);
        }
        Customer gold = shop.customer("gold");
        if (plugin) {
            broadleaf.club().tier("GOLD", 2, "1");
            broadleaf.club().setTier(broadleaf.club().join(gold).getId(), "GOLD");
            MemberPriceBenchmarkRules.create(broadleaf, category, products.get(0));
        }
        List<Long> listingTimes = new ArrayList<Long>();
        for (int i = 0; i < warmup + pricings; i++) {
            long start = System.nanoTime();
            int priced = MemberPriceBenchmarkRules.asRequest(broadleaf, plugin ? gold : null, () -> {
                int count = 0;
                for (Product product : shop.catalog().findActiveProductsByCategory(listing)) {
                    if (product.getDefaultSku().getPrice() != null && product.getDefaultSku().getRetailPrice() != null) {
                        count++;
                    }
                }
                return count;
            });
            long took = System.nanoTime() - start;
            if (priced != 50) {
                throw new IllegalStateException("The listing priced " + priced + " products");
            }
            if (i >= warmup) {
                listingTimes.add(took);
            }
        }
        // For comparison, the same listing with Broadleaf's own dynamic pricing (its default service, considerations
        // as its DefaultDynamicSkuPricingFilter sets them): what any per-customer pricing costs per sku.
        List<Long> broadleafDynamic = new ArrayList<Long>();
        for (int i = 0; i < warmup + pricings; i++) {
            long start = System.nanoTime();
            int priced = MemberPriceBenchmarkRules.withBroadleafDynamicPricing(broadleaf, gold, () -> {
                int count = 0;
                for (Product product : shop.catalog().findActiveProductsByCategory(listing)) {
                    if (product.getDefaultSku().getPrice() != null && product.getDefaultSku().getRetailPrice() != null) {
                        count++;
                    }
                }
                return count;
            });
            long took = System.nanoTime() - start;
            if (priced != 50) {
                throw new IllegalStateException("The listing priced " + priced + " products");
            }
            if (i >= warmup) {
                broadleafDynamic.add(took);
            }
        }
        Order goldCart = MemberPriceBenchmarkRules.asRequest(broadleaf, plugin ? gold : null, () -> shop.cart(gold, lines));
        List<Long> memberPricing = new ArrayList<Long>();
        for (int i = 0; i < warmup + pricings; i++) {
            final Order cart = goldCart;
            long start = System.nanoTime();
            goldCart = MemberPriceBenchmarkRules.asRequest(broadleaf, plugin ? gold : null, () -> shop.price(cart));
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                memberPricing.add(took);
            }
        }
        if (plugin && goldCart.getSubTotal().compareTo(tenLines.getSubTotal()) >= 0) {
            throw new IllegalStateException("The Gold member's cart is not at member prices");
        }

        System.out.println(RESULT + " mode=" + (plugin ? "on" : "off") + " db=" + broadleaf.database().kind()
                + " orders=" + orders + " pricings=" + pricings
                + " checkout.median.ms=" + ms(percentile(checkout, 50)) + " checkout.p90.ms=" + ms(percentile(checkout, 90))
                + " checkout.cpu.median.ms=" + ms(percentile(checkoutCpu, 50))
                + " earning.drain.ms=" + ms(drained)
                + " pricing.median.ms=" + ms(percentile(pricing, 50)) + " pricing.p90.ms=" + ms(percentile(pricing, 90))
                + " listing.median.ms=" + ms(percentile(listingTimes, 50))
                + " listing.bldynamic.median.ms=" + ms(percentile(broadleafDynamic, 50)) + " listing.p90.ms=" + ms(percentile(listingTimes, 90))
                + " memberpricing.median.ms=" + ms(percentile(memberPricing, 50))
                + " memberpricing.p90.ms=" + ms(percentile(memberPricing, 90)));
        System.exit(0);
    }

    static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<Long>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
