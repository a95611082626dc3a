package io.loyaltyclub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Broadleaf keeps offer rules in @Lob columns (text on PostgreSQL): they must survive a round trip through
 * the database on every database the suite runs on.
 */
class OfferRuleRoundTripIT {

    private final BroadleafHarness broadleaf = BroadleafHarness.withPlugin();

    @Test
    void an_offer_with_a_rule_is_saved_and_read_back() {
        final String rule = "customer.emailAddress != null && customer.emailAddress.endsWith(\"@example.com\")";
        Long id = broadleaf.inTransaction(() -> {
            Offer offer = new OfferImpl();
            offer.setName("Rule round trip " + Shop.unique());
            offer.setType(OfferType.ORDER);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setValue(BigDecimal.TEN);
            offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
            offer.setStartDate(new Date());
            OfferRule offerRule = new OfferRuleImpl();
            offerRule.setMatchRule(rule);
            offer.getOfferMatchRules().put(OfferRuleType.CUSTOMER.getType(), offerRule);
            return broadleaf.bean("blOfferService", OfferService.class).save(offer).getId();
        });

        String reread = broadleaf.inSession(() -> {
            // Read from the database itself: Broadleaf keeps offers in the second-level cache.
            broadleaf.entityManager().getEntityManagerFactory().getCache().evictAll();
            broadleaf.entityManager().clear();
            Offer offer = broadleaf.entityManager().find(OfferImpl.class, id);
            return offer.getOfferMatchRules().get(OfferRuleType.CUSTOMER.getType()).getMatchRule();
        });

        assertThat(reread).isEqualTo(rule);
    }
}
