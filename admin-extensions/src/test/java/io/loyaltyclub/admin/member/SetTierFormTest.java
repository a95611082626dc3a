package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.loyaltyclub.tier.domain.ManualMode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SetTierFormTest {

    private static final Set<String> TIERS = new HashSet<String>(Arrays.asList("SILVER", "GOLD"));

    private static SetTierForm form(String mode, String tier, String note) {
        SetTierForm form = SetTierForm.blank("a-token");
        form.setMode(mode);
        form.setTierCode(tier);
        form.setNote(note);
        return form;
    }

    @Test
    void a_floor_or_a_fixed_tier_needs_an_active_tier_and_every_change_a_note() {
        assertThat(form("FLOOR", "GOLD", "Complaint").problems(TIERS)).isEmpty();
        assertThat(form("FLOOR", "GOLD", "Complaint").manualMode()).isEqualTo(ManualMode.FLOOR);
        assertThat(form("FIXED", "BRONZE", "Staff").problems(TIERS)).containsOnlyKeys(SetTierForm.TIER);
        assertThat(form("AUTOMATIC", null, "Back to normal").problems(TIERS)).isEmpty();
        assertThat(form("AUTOMATIC", null, "Back to normal").manualMode()).isNull();
        assertThat(form("AUTOMATIC", null, "  ").problems(TIERS)).containsOnlyKeys(SetTierForm.NOTE);
        assertThat(form("SOMETIMES", "GOLD", "Note").problems(TIERS)).containsOnlyKeys(SetTierForm.MODE);
    }

    @Test
    void a_form_without_its_token_changes_nothing() {
        SetTierForm form = form("FLOOR", "GOLD", "Complaint");
        form.setFormToken(null);

        assertThat(form.problems(TIERS)).containsOnlyKeys(SetTierForm.FORM);
    }
}
