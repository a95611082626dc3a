package io.loyaltyclub.testkit;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConstants;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.math.BigDecimal;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds what tests need in the shop: catalogue items, customers, carts, and runs pricing and checkout
 * through Broadleaf's own services and workflows. Every method runs in the harness session of the caller
 * (or opens one), and names are made unique so tests never collide.
 */
public final class Shop {

    private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private final BroadleafHarness broadleaf;

    Shop(BroadleafHarness broadleaf) {
        this.broadleaf = broadleaf;
    }

    /** A unique suffix for names, e-mails and URLs. */
    public static long unique() {
        return UNIQUE.incrementAndGet();
    }

    public CatalogService catalog() {
        return broadleaf.bean("blCatalogService", CatalogService.class);
    }

    public OrderService orders() {
        return broadleaf.bean("blOrderService", OrderService.class);
    }

    public CustomerService customers() {
        return broadleaf.bean("blCustomerService", CustomerService.class);
    }

    /** A new active category. */
    public Category category(final String name) {
        return broadleaf.inTransaction(() -> {
            Category category = catalog().createCategory();
            category.setName(name);
            category.setUrl("/" + slug(name) + "-" + unique());
            category.setActiveStartDate(yesterday());
            return catalog().saveCategory(category);
        });
    }

    /** A new active category under {@code parent}. */
    public Category subCategory(final String name, final Category parent) {
        return broadleaf.inTransaction(() -> {
            Category category = catalog().createCategory();
            category.setName(name);
            category.setUrl("/" + slug(name) + "-" + unique());
            category.setActiveStartDate(yesterday());
            category.setDefaultParentCategory(broadleaf.entityManager().merge(parent));
            return catalog().saveCategory(category);
        });
    }

    /** A new order offer of {@code percent} % off, applied with the code it returns. */
    public String orderDiscountCode(final int percent) {
        return broadleaf.inTransaction(() -> {
            OfferService offers = broadleaf.bean("blOfferService", OfferService.class);
            Offer offer = new OfferImpl();
            offer.setName(percent + "% off " + unique());
            offer.setType(OfferType.ORDER);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setValue(BigDecimal.valueOf(percent));
            offer.setDeliveryType(OfferDeliveryType.CODE);
            offer.setStartDate(yesterday());
            offer.setCombinableWithOtherOffers(true);
            offer = offers.save(offer);
            OfferCode code = new OfferCodeImpl();
            code.setOffer(offer);
            code.setOfferCode("OFF" + unique());
            code.setStartDate(yesterday());
            return offers.saveOfferCode(code).getOfferCode();
        });
    }

    /** Adds an offer code to the cart and prices it. */
    public Order applyCode(final Order cart, final String code) {
        return broadleaf.inSession(() -> {
            OfferService offers = broadleaf.bean("blOfferService", OfferService.class);
            return orders().addOfferCode(cart, offers.lookupOfferCodeByCode(code), true);
        });
    }

    /** A new active product with one default sku at {@code price}, listed in {@code categories}. */
    public Product product(final String name, final String price, final Category... categories) {
        return broadleaf.inTransaction(() -> {
            Product product = catalog().createProduct(ProductType.PRODUCT);
            Sku sku = catalog().createSku();
            sku.setName(name);
            sku.setRetailPrice(new Money(new BigDecimal(price)));
            sku.setActiveStartDate(yesterday());
            sku.setDiscountable(true);
            sku.setTaxable(false);
            product.setDefaultSku(sku);
            product.setUrl("/" + slug(name) + "-" + unique());
            if (categories.length > 0) {
                product.setDefaultCategory(categories[0]);
            }
            product = catalog().saveProduct(product);
            for (Category category : categories) {
                CategoryProductXref xref = new CategoryProductXrefImpl();
                xref.setCategory(broadleaf.entityManager().merge(category));
                xref.setProduct(product);
                product.getAllParentCategoryXrefs().add(xref);
            }
            return catalog().saveProduct(product);
        });
    }

    /** A new registered customer with the password "secret". */
    public Customer customer(final String emailName) {
        return broadleaf.inTransaction(() -> {
            Customer customer = customers().createCustomerFromId(null);
            String email = emailName + "+" + unique() + "@example.com";
            customer.setUsername(email);
            customer.setEmailAddress(email);
            customer.setFirstName("Test");
            customer.setLastName("Shopper");
            return customers().registerCustomer(customer, "secret", "secret");
        });
    }

    /** A cart for {@code customer} holding {@code lines}, priced. */
    public Order cart(final Customer customer, final Line... lines) {
        return broadleaf.inSession(() -> {
            Order cart = orders().createNewCartForCustomer(customer);
            for (Line line : lines) {
                OrderItemRequestDTO request = new OrderItemRequestDTO(line.product.getId(),
                        line.product.getDefaultSku().getId(), line.quantity);
                cart = orders().addItem(cart.getId(), request, true);
            }
            return cart;
        });
    }

    public static Line line(Product product, int quantity) {
        return new Line(product, quantity);
    }

    /** Runs Broadleaf's pricing workflow on the order and saves it. */
    public Order price(final Order order) {
        return broadleaf.inSession(() -> {
            try {
                return orders().save(order, true);
            } catch (PricingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Ships the order to a test address with a fixed-price option, pays the remaining total with a card
     * payment already captured elsewhere, and runs Broadleaf's checkout workflow.
     *
     * @throws CheckoutException as Broadleaf's checkout throws it
     */
    public Order checkout(final Order cart) throws CheckoutException {
        return performCheckout(readyForCheckout(cart));
    }

    /** Runs Broadleaf's checkout on an order made ready with {@link #readyForCheckout}. */
    public Order performCheckout(final Order prepared) throws CheckoutException {
        try {
            return broadleaf.inSession(() -> broadleaf.bean("blCheckoutService", CheckoutService.class)
                    .performCheckout(prepared).getOrder());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof CheckoutException) {
                throw (CheckoutException) e.getCause();
            }
            throw e;
        } finally {
            broadleaf.awaitLoyaltyWorkers();
        }
    }

    /** The cart shipped to a test address with the fixed-price option, priced. */
    public Order shipped(final Order cart) {
        return broadleaf.inSession(() -> {
            FulfillmentGroup group = cart.getFulfillmentGroups().get(0);
            if (group.getAddress() == null) {
                group.setAddress(address());
            }
            group.setFulfillmentOption(standardShipping());
            return orders().save(cart, true);
        });
    }

    /**
     * The cart shipped (see {@link #shipped}) and its remaining total (after payments already on it, such as
     * points) paid by a card payment captured elsewhere, ready for checkout.
     */
    public Order readyForCheckout(final Order cart) {
        return broadleaf.inSession(() -> {
            Order order = shipped(cart);
            OrderPaymentService payments = broadleaf.bean("blOrderPaymentService", OrderPaymentService.class);
            OrderPayment payment = payments.create();
            payment.setType(PaymentType.CREDIT_CARD);
            payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
            payment.setAmount(order.getTotalAfterAppliedPayments());
            payment.setBillingAddress(address());
            payment.setOrder(order);
            PaymentTransaction captured = payments.createTransaction();
            captured.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            captured.setAmount(order.getTotalAfterAppliedPayments());
            captured.setSuccess(true);
            // What Broadleaf's passthrough gateway needs to roll the payment back when a checkout fails.
            captured.getAdditionalFields().put(PassthroughPaymentConstants.PASSTHROUGH_PAYMENT_TYPE,
                    PaymentType.CREDIT_CARD.getType());
            captured.setDate(new Date());
            captured.setOrderPayment(payment);
            payment.addTransaction(captured);
            order.getPayments().add(payment);
            return orders().save(order, false);
        });
    }

    /** The shared "Standard shipping" option, 5.00 flat. */
    public FulfillmentOption standardShipping() {
        return broadleaf.inTransaction(() -> {
            FulfillmentOptionService options = broadleaf.bean("blFulfillmentOptionService", FulfillmentOptionService.class);
            for (FulfillmentOption option : options.readAllFulfillmentOptions()) {
                if ("Harness standard shipping".equals(option.getName())) {
                    return option;
                }
            }
            FixedPriceFulfillmentOption option = new FixedPriceFulfillmentOptionImpl();
            option.setName("Harness standard shipping");
            option.setPrice(new Money(new BigDecimal("5.00")));
            option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
            return options.save(option);
        });
    }

    private Address address() {
        AddressService addresses = broadleaf.bean("blAddressService", AddressService.class);
        Country us = broadleaf.bean("blCountryService", CountryService.class).findCountryByAbbreviation("US");
        Address address = addresses.create();
        address.setFirstName("Test");
        address.setLastName("Shopper");
        address.setAddressLine1("1 Harness Street");
        address.setCity("Springfield");
        address.setPostalCode("12345");
        address.setCountry(us);
        address.setPrimaryPhone("555-0100");
        return addresses.saveAddress(address);
    }

    private static Date yesterday() {
        return new Date(System.currentTimeMillis() - 24L * 3600 * 1000);
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A product and a quantity for {@link #cart}. */
    public static final class Line {
        final Product product;
        final int quantity;

        private Line(Product product, int quantity) {
            this.product = product;
            this.quantity = quantity;
        }
    }
}
