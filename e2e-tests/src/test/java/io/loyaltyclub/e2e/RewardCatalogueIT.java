package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.e2e.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

/**
 * A new member exchanges the welcome bonus for a coupon of the demo's reward catalogue in the members' area: they
 * see its code at once and in their rewards, the same form posted again takes no more points, a reward they cannot
 * afford is refused with the reason, and the code discounts their cart.
 */
class RewardCatalogueIT {

    private final DemoShopProcess shop = DemoShopProcess.get();

    @Test
    void a_member_redeems_a_coupon_reward_and_sees_its_code() {
        Storefront member = new Storefront(shop, new WebSession());
        member.register("Rhea", "reward." + System.nanoTime() + "@example.com");
        String terms = member.get("/loyalty").find("name=\"termsVersion\" value=\"([^\"]*)\"");
        member.post("/loyalty/join", "termsVersion", terms, "acceptTerms", "true");

        Page area = member.get("/account/loyalty");
        assertThat(area.body()).contains("data-section=\"rewards\"");
        assertThat(area.find("data-balance=\"available\">.*?lc-balance-figure\">([^<]*)<")).isEqualTo("100");
        String small = rewardId(area, "1.00 off your next order");
        String token = formField(area, small, "token");
        String cost = formField(area, small, "cost");
        assertThat(cost).isEqualTo("100");

        Page redeemed = member.post("/account/loyalty/rewards/" + small + "/redeem", "token", token, "cost", cost);
        assertThat(redeemed.body()).contains("data-notice=\"reward\"");
        String code = redeemed.find("Your code is (REWARD-[A-Z0-9]{8})");
        assertThat(code).as("the code in the notice").isNotNull();
        assertThat(redeemed.body()).contains("data-reward-code=\"" + code + "\"")
                .contains("data-coupon=\"" + code + "\" data-state=\"READY\"");
        assertThat(redeemed.find("data-balance=\"available\">.*?lc-balance-figure\">([^<]*)<")).isEqualTo("0");

        Page again = member.post("/account/loyalty/rewards/" + small + "/redeem", "token", token, "cost", cost);
        assertThat(again.body()).contains("so no more points were taken. Your code is " + code);
        assertThat(again.find("data-balance=\"available\">.*?lc-balance-figure\">([^<]*)<")).isEqualTo("0");
        assertThat(again.body().split(Pattern.quote("data-reward-code=\"" + code + "\""), -1)).hasSize(2);

        String shipping = rewardId(again, "Free shipping");
        Page refused = member.post("/account/loyalty/rewards/" + shipping + "/redeem", "token",
                "stale-form-0123456789abcdef", "cost", "300");
        assertThat(refused.body()).contains("data-notice=\"reward-refused\"")
                .contains("This reward costs 300 points and you have 0 available. Nothing was redeemed.");
        assertThat(refused.body()).doesNotContain("data-redemption-kind=\"FREE_SHIPPING\"");

        member.addToCart(member.firstProductPath(), 1);
        Page applied = member.post("/cart/promo", "promoCode", code);
        assertThat(applied.body()).contains("data-code=\"" + code + "\"").contains("data-total=\"discount\"");
    }

    private static String rewardId(Page page, String name) {
        String id = page.find("data-reward=\"(\\d+)\"[^>]*>\\s*<span class=\"lc-reward-name\">" + Pattern.quote(name) + "<");
        assertThat(id).as("the reward " + name + " in the catalogue").isNotNull();
        return id;
    }

    private static String formField(Page page, String rewardId, String field) {
        String value = page.find("/rewards/" + rewardId + "/redeem\"[^>]*>.*?name=\"" + field + "\" value=\"([^\"]+)\"");
        assertThat(value).as(field + " of the form of reward " + rewardId).isNotNull();
        return value;
    }
}
