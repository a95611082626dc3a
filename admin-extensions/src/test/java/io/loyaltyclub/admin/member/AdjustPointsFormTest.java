package io.loyaltyclub.admin.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.Map;

class AdjustPointsFormTest {

    @Test
    void whole_points_up_or_down_with_a_note_can_be_posted() {
        assertThat(form("50", "Goodwill for a late parcel").problems()).isEmpty();
        assertThat(form("50", "Goodwill").pointsValue()).isEqualTo(50);
        assertThat(form("-20", "Returned without the receipt").pointsValue()).isEqualTo(-20);
        assertThat(form(" +7 ", "Typo in an earlier correction").pointsValue()).isEqualTo(7);
    }

    @Test
    void an_empty_note_is_refused_with_a_message() {
        Map<String, String> problems = form("50", "   ").problems();

        assertThat(problems).containsOnlyKeys(AdjustPointsForm.NOTE);
        assertThat(problems.get(AdjustPointsForm.NOTE)).startsWith("Write a note saying why the points change");
        assertThat(form("50", null).problems()).containsOnlyKeys(AdjustPointsForm.NOTE);
    }

    @Test
    void zero_points_are_refused_because_they_change_nothing() {
        assertThat(form("0", "No change").problems().get(AdjustPointsForm.POINTS))
                .startsWith("Zero changes nothing");
        assertThat(form("-0", "No change").problems()).containsKey(AdjustPointsForm.POINTS);
    }

    @Test
    void points_that_are_not_a_whole_number_are_refused() {
        for (String text : new String[] {"ten", "12.5", "1,000", "5e3", "--3", "50 points"}) {
            assertThat(form(text, "Note").problems().get(AdjustPointsForm.POINTS)).as(text)
                    .isEqualTo("Enter a whole number of points, like 50 or -20.");
        }
    }

    @Test
    void missing_points_are_refused_with_a_message() {
        assertThat(form("", "Note").problems().get(AdjustPointsForm.POINTS))
                .isEqualTo("Enter the points to add (like 50) or to take away (like -20).");
        assertThat(form(null, "Note").problems()).containsKey(AdjustPointsForm.POINTS);
    }

    @Test
    void more_than_a_million_points_at_once_are_refused_even_beyond_the_range_of_a_long() {
        assertThat(form("1000000", "Note").problems()).isEmpty();
        assertThat(form("-1000000", "Note").problems()).isEmpty();
        assertThat(form("1000001", "Note").problems().get(AdjustPointsForm.POINTS))
                .isEqualTo("At most 1,000,000 points can be added or taken away at once.");
        assertThat(form("-99999999999999999999999", "Note").problems()).containsKey(AdjustPointsForm.POINTS);
    }

    @Test
    void a_note_longer_than_the_ledger_keeps_is_refused() {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < AdjustPointsForm.MAX_NOTE_LENGTH; i++) {
            note.append('x');
        }
        assertThat(form("5", note.toString()).problems()).isEmpty();
        assertThat(form("5", note + "y").problems().get(AdjustPointsForm.NOTE))
                .isEqualTo("Keep the note to 1,000 characters (it has 1,001).");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(form("abc", "").problems()).containsOnlyKeys(AdjustPointsForm.POINTS, AdjustPointsForm.NOTE);
    }

    @Test
    void a_form_without_its_token_is_refused_and_has_no_key() {
        AdjustPointsForm form = form("50", "Goodwill");
        form.setFormToken(null);
        assertThat(form.problems()).containsOnlyKeys(AdjustPointsForm.FORM);
        assertThatThrownBy(form::idempotencyKey).isInstanceOf(IllegalStateException.class);

        form.setFormToken("'; drop table");
        assertThat(form.problems()).containsOnlyKeys(AdjustPointsForm.FORM);
    }

    @Test
    void the_key_comes_from_the_form_token_so_the_same_form_sent_twice_has_the_same_key() {
        AdjustPointsForm first = form("50", "Goodwill");
        AdjustPointsForm again = form("50", "Goodwill");
        again.setFormToken(first.getFormToken());

        assertThat(first.idempotencyKey()).isEqualTo(again.idempotencyKey())
                .isEqualTo("admin-adjust:" + first.getFormToken());
        assertThat(form("50", "Goodwill").idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    }

    @Test
    void points_of_an_invalid_form_cannot_be_read() {
        assertThatThrownBy(() -> form("ten", "Note").pointsValue()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_note_is_kept_without_surrounding_spaces() {
        assertThat(form("5", "  Goodwill \n").trimmedNote()).isEqualTo("Goodwill");
    }

    private static AdjustPointsForm form(String points, String note) {
        AdjustPointsForm form = AdjustPointsForm.blank();
        form.setPoints(points);
        form.setNote(note);
        return form;
    }
}
