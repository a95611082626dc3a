package io.loyaltyclub.testkit;

import static io.loyaltyclub.testkit.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class BroadleafHarnessIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();
    private final Shop shop = broadleaf.shop();

    @Test
    void a_cart_is_priced_and_checked_out_through_broadleafs_workflows() throws Exception {
        Category mugs = shop.category("Mugs");
        Product mug = shop.product("Harness mug", "12.50", mugs);
        Customer customer = shop.customer("harness");

        Order cart = shop.cart(customer, line(mug, 2));
        assertThat(cart.getSubTotal().getAmount()).isEqualByComparingTo("25.00");

        Order submitted = shop.checkout(cart);

        assertThat(submitted.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(submitted.getOrderNumber()).isNotBlank();
        assertThat(submitted.getTotal().getAmount()).isEqualByComparingTo(new BigDecimal("30.00"));
    }

    @Test
    void hibernate_speaks_the_dialect_chosen_for_the_test_database() {
        Object sessionFactory = broadleaf.inSession(() -> broadleaf.entityManager()
                .unwrap(org.hibernate.Session.class).getSessionFactory());
        String dialect = ((org.hibernate.engine.spi.SessionFactoryImplementor) sessionFactory).getDialect()
                .getClass().getName();

        assertThat(dialect).isEqualTo(broadleaf.database().dialect());
    }

    @Test
    void hibernate_can_build_lazy_proxies_on_this_jdk() {
        // HHH000305 ("Could not create proxy factory") leaves Hibernate without lazy proxies, silently.
        Customer customer = shop.customer("proxy");
        Object reference = broadleaf.inSession(() ->
                broadleaf.entityManager().getReference(CustomerImpl.class, customer.getId()));
        assertThat(reference).isInstanceOf(HibernateProxy.class);
    }
}
