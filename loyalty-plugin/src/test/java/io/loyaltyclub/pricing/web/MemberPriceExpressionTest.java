package io.loyaltyclub.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.pricing.service.ClubPriceOffer;
import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.pricing.service.PriceQuote;
import io.loyaltyclub.pricing.service.PricedRequest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A page asks for a product's prices twice (the sale badge, the price): they are worked out once per request. */
class MemberPriceExpressionTest {

    private final AtomicInteger offersAsked = new AtomicInteger();
    private final MemberPriceExpression expression = new MemberPriceExpression();

    MemberPriceExpressionTest() {
        expression.memberPrices = new MemberPriceService() {
            @Override
            @SuppressWarnings("rawtypes")
            public HashMap considerationsFor(Long registeredCustomerId) {
                HashMap considerations = new HashMap();
                considerations.put(PricedRequest.KEY, new PricedRequest(registeredCustomerId));
                return considerations;
            }

            @Override
            public PriceQuote quote(PricedRequest request, Product product, BigDecimal regular, int currencyScale) {
                return new PriceQuote(regular, null);
            }

            @Override
            public ClubPriceOffer clubOffer(PricedRequest request, Product product, BigDecimal regular,
                                            BigDecimal paid, int currencyScale) {
                offersAsked.incrementAndGet();
                return null;
            }

            @Override
            public String tierName(PricedRequest request) {
                return null;
            }

            @Override
            public void forget() {
            }

            @Override
            public boolean doublePromotions(PricedRequest request) {
                return false;
            }
        };
    }

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_products_prices_are_worked_out_once_per_request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Product mug = product(1L, "24.00");
        Product jar = product(2L, "9.00");

        MemberPriceView first = expression.of(mug);
        assertThat(expression.of(mug)).isSameAs(first);
        assertThat(expression.of(jar).getRegular().getAmount()).isEqualByComparingTo("9.00");
        assertThat(first.getRegular().getAmount()).isEqualByComparingTo("24.00");
        assertThat(offersAsked).hasValue(2);
    }

    @Test
    void the_next_request_works_them_out_again() {
        Product mug = product(1L, "24.00");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        expression.of(mug);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        expression.of(mug);
        assertThat(offersAsked).hasValue(2);
    }

    private static Product product(long id, String price) {
        ProductImpl product = new ProductImpl();
        product.setId(id);
        Sku sku = new SkuImpl();
        sku.setId(id * 10);
        sku.setRetailPrice(new Money(new BigDecimal(price)));
        product.setDefaultSku(sku);
        return product;
    }
}
