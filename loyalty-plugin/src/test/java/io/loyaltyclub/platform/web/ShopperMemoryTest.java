package io.loyaltyclub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

class ShopperMemoryTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ShopperMemory memory = new ShopperMemory(5, 3, now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<String> read(final String value) {
        return () -> {
            reads.incrementAndGet();
            return value;
        };
    }

    @Test
    void what_a_shopper_read_is_read_once_within_the_seconds() {
        assertThat(memory.recall(7L, "standing", read("Gold"))).isEqualTo("Gold");
        now.addAndGet(4_999_000_000L);
        assertThat(memory.recall(7L, "standing", read("Silver"))).isEqualTo("Gold");
        assertThat(reads).hasValue(1);
    }

    @Test
    void it_expires_the_seconds_after_the_first_read() {
        memory.recall(7L, "standing", read("Gold"));
        now.addAndGet(5_000_000_000L);
        assertThat(memory.recall(7L, "standing", read("Silver"))).isEqualTo("Silver");
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothing_found_is_kept_too() {
        assertThat(memory.recall(7L, "review:3", read(null))).isNull();
        assertThat(memory.recall(7L, "review:3", read("PENDING"))).isNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_post_forgets_everything_of_that_shopper_and_only_of_that_shopper() {
        memory.recall(7L, "standing", read("Gold"));
        memory.recall(7L, "review:3", read("PENDING"));
        memory.recall(8L, "standing", read("Silver"));
        memory.forget(7L);
        assertThat(memory.recall(7L, "standing", read("Platinum"))).isEqualTo("Platinum");
        assertThat(memory.recall(7L, "review:3", read("APPROVED"))).isEqualTo("APPROVED");
        assertThat(memory.recall(8L, "standing", read("Bronze"))).isEqualTo("Silver");
    }

    @Test
    void one_shopper_never_sees_what_was_read_for_another() {
        memory.recall(7L, "saleDay", read("SALE-CAROL"));
        assertThat(memory.recall(8L, "saleDay", read("SALE-BOB"))).isEqualTo("SALE-BOB");
        assertThat(memory.recall(7L, "saleDay", read("other"))).isEqualTo("SALE-CAROL");
        assertThat(memory.recall(8L, "saleDay", read("other"))).isEqualTo("SALE-BOB");
    }

    @Test
    void guests_are_never_kept() {
        assertThat(memory.recall(null, "saleDay", read("first"))).isEqualTo("first");
        assertThat(memory.recall(null, "saleDay", read("second"))).isEqualTo("second");
        assertThat(memory.size()).isZero();
    }

    @Test
    void it_keeps_at_most_its_number_of_shoppers_forgetting_the_least_recently_seen() {
        memory.recall(1L, "standing", read("one"));
        memory.recall(2L, "standing", read("two"));
        memory.recall(3L, "standing", read("three"));
        memory.recall(1L, "standing", read("again"));
        memory.recall(4L, "standing", read("four"));
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.recall(1L, "standing", read("read again"))).isEqualTo("one");
        assertThat(memory.recall(2L, "standing", read("read again"))).isEqualTo("read again");
    }

    @Test
    void a_value_read_while_the_shopper_posted_is_not_kept() {
        String seen = memory.recall(7L, "standing", () -> {
            memory.forget(7L);
            return "before the post";
        });
        assertThat(seen).isEqualTo("before the post");
        assertThat(memory.recall(7L, "standing", read("after the post"))).isEqualTo("after the post");
    }

    @Test
    void zero_seconds_keeps_nothing() {
        ShopperMemory off = new ShopperMemory(0, 3, now::get);
        off.recall(7L, "standing", read("Gold"));
        assertThat(off.recall(7L, "standing", read("Silver"))).isEqualTo("Silver");
        assertThat(off.size()).isZero();
    }

    @Test
    void it_refuses_settings_that_cannot_work() {
        assertThatThrownBy(() -> new ShopperMemory(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShopperMemory(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
