package io.loyaltyclub.admin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.reward.domain.RewardKind;
import io.loyaltyclub.reward.persistence.Reward;
import io.loyaltyclub.reward.persistence.RewardImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** Loyalty > Reward catalogue: what the save of a reward refuses, next to the field. */
class RewardValidatorTest {

    private final RewardValidator validator = new RewardValidator();

    private PropertyValidationResult check(Reward reward, String field) {
        return validator.validate(null, reward, null, null, null, field, null);
    }

    private static Reward reward(RewardKind kind) {
        Reward reward = new RewardImpl();
        reward.setName("A reward");
        reward.setKind(kind);
        reward.setPointsCost(500L);
        return reward;
    }

    @Test
    void an_amount_off_coupon_needs_its_amount() {
        Reward reward = reward(RewardKind.AMOUNT_OFF);
        assertThat(check(reward, "amount").isValid()).isFalse();
        assertThat(check(reward, "amount").getErrorMessage()).contains("amount");
        reward.setAmount(new BigDecimal("5.00"));
        assertThat(check(reward, "amount").isValid()).isTrue();
    }

    @Test
    void a_free_product_needs_its_product_and_other_kinds_none() {
        Product product = new ProductImpl();
        product.setId(7L);
        Reward free = reward(RewardKind.FREE_PRODUCT);
        assertThat(check(free, "product").isValid()).isFalse();
        free.setProduct(product);
        assertThat(check(free, "product").isValid()).isTrue();
        Reward shipping = reward(RewardKind.FREE_SHIPPING);
        shipping.setProduct(product);
        assertThat(check(shipping, "product").isValid()).isFalse();
    }

    @Test
    void points_stock_and_days_are_checked() {
        Reward reward = reward(RewardKind.EVENT_INVITATION);
        reward.setPointsCost(0L);
        reward.setStock(-1);
        assertThat(check(reward, "pointsCost").isValid()).isFalse();
        assertThat(check(reward, "stock").isValid()).isFalse();
        assertThat(check(reward, "couponValidDays").isValid()).as("an invitation has no code").isTrue();
        Reward coupon = reward(RewardKind.PERCENT_OFF);
        coupon.setCouponValidDays(0);
        assertThat(check(coupon, "couponValidDays").isValid()).isFalse();
    }
}
