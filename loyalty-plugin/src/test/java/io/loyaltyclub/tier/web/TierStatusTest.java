package io.loyaltyclub.tier.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.platform.web.ShopperFormats;
import io.loyaltyclub.tier.domain.Measure;
import io.loyaltyclub.tier.domain.QualificationBasis;
import io.loyaltyclub.tier.domain.QualificationPeriod;
import io.loyaltyclub.tier.domain.TierLadder;
import io.loyaltyclub.tier.domain.TierLevel;
import io.loyaltyclub.tier.domain.TierQualification;
import io.loyaltyclub.tier.domain.TierStanding;
import io.loyaltyclub.tier.persistence.LoyaltyTier;
import io.loyaltyclub.tier.persistence.LoyaltyTierImpl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The tier texts of the club page and the members' area, from the qualification rules. */
class TierStatusTest {

    private final ShopperFormats formats = new ShopperFormats(Locale.US, Currency.getInstance("USD"), ZoneOffset.UTC);

    private static LoyaltyTier tier(String code, int rank, Long points, String colour, String multiplier, long welcome) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setCode(code);
        tier.setName(code.substring(0, 1) + code.substring(1).toLowerCase(Locale.ROOT));
        tier.setRank(rank);
        tier.setPointsToQualify(points);
        tier.setColour(colour);
        tier.setEarnMultiplier(new BigDecimal(multiplier));
        tier.setWelcomePoints(welcome);
        return tier;
    }

    @Test
    void a_card_shows_what_reaches_the_tier_and_what_it_brings_and_only_a_plain_colour() {
        TierCard gold = TierCard.of(tier("GOLD", 2, 1500L, "#C9A227", "1.5", 200), QualificationBasis.POINTS_EARNED,
                formats);
        TierCard odd = TierCard.of(tier("VIP", 3, null, "red;background:url(x)", "1", 0),
                QualificationBasis.POINTS_EARNED, formats);

        assertThat(gold.getThreshold()).isEqualTo("1,500");
        assertThat(gold.getMultiplier()).isEqualTo("1.5");
        assertThat(gold.getWelcomePoints()).isEqualTo("200");
        assertThat(gold.getColour()).isEqualTo("#C9A227");
        assertThat(odd.getThreshold()).as("by invitation").isNull();
        assertThat(odd.getMultiplier()).isNull();
        assertThat(odd.getColour()).isNull();
    }

    @Test
    void the_members_area_shows_the_way_to_the_next_tier_and_what_keeps_the_current_one() {
        LoyaltyTier silver = tier("SILVER", 1, 500L, null, "1.25", 0);
        LoyaltyTier gold = tier("GOLD", 2, 1500L, null, "1.5", 0);
        Map<String, LoyaltyTier> tiers = new HashMap<String, LoyaltyTier>();
        tiers.put("SILVER", silver);
        tiers.put("GOLD", gold);
        TierLadder ladder = new TierLadder(Arrays.asList(new TierLevel("SILVER", 1, 500L, null),
                new TierLevel("GOLD", 2, 1500L, null)));
        TierQualification rules = new TierQualification(ladder, QualificationBasis.POINTS_EARNED,
                QualificationPeriod.CALENDAR_YEAR, ZoneOffset.UTC);

        TierStatus status = TierStatus.of(rules.progress(ladder.find("SILVER"), null,
                new TierStanding("SILVER", Instant.parse("2028-01-01T00:00:00Z")), new Measure(300, BigDecimal.ZERO),
                Instant.parse("2027-05-01T00:00:00Z")), tiers, formats);

        assertThat(status.getTier().getName()).isEqualTo("Silver");
        assertThat(status.getNext().getName()).isEqualTo("Gold");
        assertThat(status.getToNext()).isEqualTo("1,200");
        assertThat(status.getPercent()).isEqualTo(20);
        assertThat(status.getKeptUntil()).as("the last day").isEqualTo("Dec 31, 2027");
        assertThat(status.getToKeep()).isEqualTo("200");
        assertThat(status.isRequalified()).isFalse();
    }
}
