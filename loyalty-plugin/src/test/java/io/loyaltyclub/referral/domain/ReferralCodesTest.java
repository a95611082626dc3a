package io.loyaltyclub.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

class ReferralCodesTest {

    @Test
    void codes_have_eight_characters_without_look_alikes() {
        Random random = new Random(42);
        Set<String> codes = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String code = ReferralCodes.generate(random);
            assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
            assertThat(ReferralCodes.normalise(code)).isEqualTo(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void a_typed_code_is_read_in_any_case_and_anything_else_is_no_code() {
        assertThat(ReferralCodes.normalise(" abcd2345 ")).isEqualTo("ABCD2345");
        assertThat(ReferralCodes.normalise("ABCD234")).isNull();
        assertThat(ReferralCodes.normalise("ABCD2340")).isNull();
        assertThat(ReferralCodes.normalise("ABCD-345")).isNull();
        assertThat(ReferralCodes.normalise(null)).isNull();
    }
}
