package io.loyaltyclub.pricing.web;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.pricing.service.ClubPriceOffer;
import io.loyaltyclub.pricing.service.MemberPriceService;
import io.loyaltyclub.pricing.service.PriceQuote;
import io.loyaltyclub.pricing.service.PricedRequest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.dynamic.SkuPricingConsiderationContext;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Resource;

/**
 * {@code ${#loyaltyPrices.of(product)}} in storefront templates: the product's prices for the shopper (see
 * {@link MemberPriceView}). It reads the default sku's price as any listing does, so Broadleaf's dynamic sku pricing
 * has quoted it already and nothing more is read.
 */
public class MemberPriceExpression implements BroadleafVariableExpression {

    @Resource(name = "loyaltyMemberPriceService")
    protected MemberPriceService memberPrices;

    @Override
    public String getName() {
        return "loyaltyPrices";
    }

    /** The request attribute with the views worked out for this page, by product id. */
    static final String VIEWS = MemberPriceExpression.class.getName() + ".views";

    /**
     * The product's prices for the shopper; a page asks twice per product (its sale badge and its price), so each
     * product's view is worked out once per request.
     */
    public MemberPriceView of(Product product) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (product == null || product.getId() == null || attributes == null) {
            return view(product);
        }
        @SuppressWarnings("unchecked")
        Map<Long, MemberPriceView> views = (Map<Long, MemberPriceView>) attributes.getAttribute(VIEWS,
                RequestAttributes.SCOPE_REQUEST);
        if (views == null) {
            views = new HashMap<Long, MemberPriceView>();
            attributes.setAttribute(VIEWS, views, RequestAttributes.SCOPE_REQUEST);
        }
        if (views.containsKey(product.getId())) {
            return views.get(product.getId());
        }
        MemberPriceView view = view(product);
        views.put(product.getId(), view);
        return view;
    }

    private MemberPriceView view(Product product) {
        Sku sku = product == null ? null : product.getDefaultSku();
        if (sku == null) {
            return null;
        }
        Money paid = sku.getPrice();
        Money retail = sku.getRetailPrice();
        if (paid == null) {
            return null;
        }
        PricedRequest request = PricedRequest.in(SkuPricingConsiderationContext.getSkuPricingConsiderationContext());
        PriceQuote quote = request == null ? null : request.quoteOf(sku.getId());
        if (request == null) {
            // A guest: Broadleaf's own prices, and the club's price to join for.
            request = guestRequest();
            quote = new PriceQuote(paid.getAmount(), null);
        } else if (quote == null || quote.getRegular() == null) {
            return new MemberPriceView(paid, was(paid, retail), null, null, null, null, null, false);
        }
        Money regular = money(quote.getRegular(), paid);
        Money member = quote.isMemberPriced() ? money(quote.getMemberPrice(), paid) : null;
        int scale = paid.getCurrency() == null || paid.getCurrency().getDefaultFractionDigits() < 0
                ? 2 : paid.getCurrency().getDefaultFractionDigits();
        ClubPriceOffer offer = memberPrices.clubOffer(request, product, quote.getRegular(),
                member != null ? member.getAmount() : quote.getRegular(), scale);
        if (offer == null) {
            return new MemberPriceView(regular, was(regular, retail), member,
                    member == null ? null : memberPrices.tierName(request), null, null, null, false);
        }
        Money club = money(offer.getPrice(), paid);
        String clubText = new ShopperFormats(locale(), paid.getCurrency() != null ? paid.getCurrency()
                : ShopperFormats.storeCurrency(), ZoneOffset.UTC).money(offer.getPrice());
        return new MemberPriceView(regular, was(regular, retail), member,
                member == null ? null : memberPrices.tierName(request), club, clubText, offer.getTierName(),
                offer.isJoin());
    }

    /** One guest record per page (the request's attribute), so the rules are looked up once for a listing. */
    private PricedRequest guestRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object known = attributes == null ? null
                : attributes.getAttribute(PricedRequest.KEY, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof PricedRequest) {
            return (PricedRequest) known;
        }
        PricedRequest guest = PricedRequest.in(memberPrices.considerationsFor(null));
        if (attributes != null) {
            attributes.setAttribute(PricedRequest.KEY, guest, RequestAttributes.SCOPE_REQUEST);
        }
        return guest;
    }

    private static Money was(Money regular, Money retail) {
        return retail != null && regular != null && regular.getAmount().compareTo(retail.getAmount()) < 0
                ? retail : null;
    }

    private static Money money(BigDecimal amount, Money like) {
        return new Money(amount, like.getCurrency());
    }

    private static Locale locale() {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        return brc != null && brc.getJavaLocale() != null ? brc.getJavaLocale() : Locale.US;
    }
}
