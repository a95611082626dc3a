package io.loyaltyclub.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

class ApiKeySecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_new_key_is_the_marker_and_32_random_bytes_and_no_two_are_alike() {
        Set<String> keys = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            String key = ApiKeySecret.generate(random);
            assertThat(key).startsWith("lck_").hasSize(4 + 43).matches("lck_[A-Za-z0-9_-]{43}");
            keys.add(key);
        }
        assertThat(keys).hasSize(200);
    }

    @Test
    void the_stored_hash_is_sha256_in_hex_and_not_the_key() {
        assertThat(ApiKeySecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String key = ApiKeySecret.generate(random);
        assertThat(ApiKeySecret.hash(key)).hasSize(64).doesNotContain(key.substring(4));
    }

    @Test
    void a_key_matches_its_own_hash_only() {
        String key = ApiKeySecret.generate(random);
        String hash = ApiKeySecret.hash(key);
        assertThat(ApiKeySecret.matches(key, hash)).isTrue();
        assertThat(ApiKeySecret.matches(key + "x", hash)).isFalse();
        assertThat(ApiKeySecret.matches(ApiKeySecret.generate(random), hash)).isFalse();
        assertThat(ApiKeySecret.matches(key, hash.toUpperCase())).as("hex is read either way").isTrue();
        assertThat(ApiKeySecret.matches(key, "zz" + hash.substring(2))).isFalse();
        assertThat(ApiKeySecret.matches(key, hash.substring(1))).isFalse();
        assertThat(ApiKeySecret.matches(null, hash)).isFalse();
        assertThat(ApiKeySecret.matches(key, null)).isFalse();
    }

    @Test
    void the_prefix_is_the_first_twelve_characters_and_short_or_huge_texts_are_no_keys() {
        String key = ApiKeySecret.generate(random);
        assertThat(ApiKeySecret.prefix(key)).isEqualTo(key.substring(0, 12));
        assertThat(ApiKeySecret.isWellFormed("lck_short")).isFalse();
        assertThat(ApiKeySecret.isWellFormed(null)).isFalse();
        assertThat(ApiKeySecret.isWellFormed(key + new String(new char[200]).replace('\0', 'a'))).isFalse();
    }

    @Test
    void a_text_with_a_control_character_a_space_or_anything_but_ascii_is_no_key() {
        String key = ApiKeySecret.generate(random);
        assertThat(ApiKeySecret.isWellFormed(key)).isTrue();
        assertThat(ApiKeySecret.isWellFormed("lck_demo-local-only-MapleClubPartnerKey2026")).isTrue();
        for (String bad : new String[]{"lck_\u0000" + key.substring(5), "lck_" + key.substring(4, 20) + "\u0001",
                "lck_ " + key.substring(5), key + "\t", "lck_\u00e9" + key.substring(5), "lck_\u007f" + key.substring(5)}) {
            assertThat(ApiKeySecret.isWellFormed(bad)).as(bad).isFalse();
        }
    }

    @Test
    void a_key_is_refused_once_revoked_or_from_its_expiry_on() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertThat(ApiKeyState.of(null, null, now)).isEqualTo(ApiKeyState.ACTIVE);
        assertThat(ApiKeyState.of(null, now.plusSeconds(1), now)).isEqualTo(ApiKeyState.ACTIVE);
        assertThat(ApiKeyState.of(null, now, now)).isEqualTo(ApiKeyState.EXPIRED);
        assertThat(ApiKeyState.of(now.minusSeconds(5), now.plusSeconds(60), now)).isEqualTo(ApiKeyState.REVOKED);
    }

    @Test
    void partner_points_stop_at_the_ceiling_and_redemptions_start_at_the_minimum() {
        assertThat(PartnerPoints.checkEarn(PartnerPoints.MAX_PER_REQUEST)).isNull();
        assertThat(PartnerPoints.checkEarn(PartnerPoints.MAX_PER_REQUEST + 1)).isEqualTo(PartnerPoints.Refusal.LIMIT_EXCEEDED);
        assertThat(PartnerPoints.checkRedeem(99, 100)).isEqualTo(PartnerPoints.Refusal.BELOW_MINIMUM);
        assertThat(PartnerPoints.checkRedeem(100, 100)).isNull();
        assertThat(PartnerPoints.checkRedeem(PartnerPoints.MAX_PER_REQUEST + 1, 100))
                .isEqualTo(PartnerPoints.Refusal.LIMIT_EXCEEDED);
    }
}
