package io.loyaltyclub.pricing.service;

import io.loyaltyclub.pricing.domain.MemberPrices;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What member pricing has read for one storefront request: the shopper's tier, the rules, the tiers' ranks, the
 * programme's "double promotions" setting and products' categories. It travels in Broadleaf's sku pricing
 * considerations (a map made per request by the filter), is filled on first use and dropped with the request, so a
 * listing of 50 products reads the tier and the rules once. Not shared between threads.
 */
public final class PricedRequest {

    /** Its key in the considerations map. */
    public static final String KEY = "loyaltyPricedRequest";

    private final Long customerId;
    private boolean tierRead;
    private boolean member;
    private String tierCode;
    private String tierName;
    private MemberPrices prices;
    private Map<String, Integer> tierRanks;
    private Map<String, String> tierNames;
    private Boolean doublePromotions;
    private final Map<Long, Set<Long>> categoriesByProduct = new HashMap<Long, Set<Long>>();
    private final Map<Long, PriceQuote> quotesBySku = new HashMap<Long, PriceQuote>();

    /** @param customerId the registered customer asking, or null for a guest */
    public PricedRequest(Long customerId) {
        this.customerId = customerId;
    }

    /** The request's record in the considerations, or null when there is none (no storefront request). */
    @SuppressWarnings("rawtypes")
    public static PricedRequest in(Map considerations) {
        Object found = considerations == null ? null : considerations.get(KEY);
        return found instanceof PricedRequest ? (PricedRequest) found : null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    boolean isTierRead() {
        return tierRead;
    }

    void tier(String code, String name) {
        this.tierRead = true;
        this.tierCode = code;
        this.tierName = name;
    }

    /** Whether the shopper is an active member of the club (with or without a tier). */
    public boolean isMember() {
        return member;
    }

    void setMember(boolean member) {
        this.member = member;
    }

    public String getTierCode() {
        return tierCode;
    }

    public String getTierName() {
        return tierName;
    }

    MemberPrices getPrices() {
        return prices;
    }

    void setPrices(MemberPrices prices) {
        this.prices = prices;
    }

    Map<String, Integer> getTierRanks() {
        return tierRanks;
    }

    Map<String, String> getTierNames() {
        return tierNames;
    }

    void setTiers(Map<String, Integer> ranks, Map<String, String> names) {
        this.tierRanks = ranks;
        this.tierNames = names;
    }

    Boolean getDoublePromotions() {
        return doublePromotions;
    }

    void setDoublePromotions(Boolean doublePromotions) {
        this.doublePromotions = doublePromotions;
    }

    /** Remembers the quote Broadleaf's sku pricing asked for, for the pages and the offers that follow. */
    public void remember(Long skuId, PriceQuote quote) {
        if (skuId != null) {
            quotesBySku.put(skuId, quote);
        }
    }

    /** The quote given for the sku in this request, or null when its price was not asked yet. */
    public PriceQuote quoteOf(Long skuId) {
        return quotesBySku.get(skuId);
    }

    Map<Long, Set<Long>> getCategoriesByProduct() {
        return categoriesByProduct;
    }
}
