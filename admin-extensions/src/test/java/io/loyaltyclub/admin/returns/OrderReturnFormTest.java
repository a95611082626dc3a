package io.loyaltyclub.admin.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "Return lines" and "Cancel the order" forms as an admin sends them. */
class OrderReturnFormTest {

    private static final List<OrderLineRow> LINES = Arrays.asList(
            new OrderLineRow(11, "Lamp", 3, 1, "$120.00"),
            new OrderLineRow(12, "Mug", 1, 0, "$8.00"));

    @Test
    void chosen_units_within_what_is_left_can_be_returned() {
        OrderReturnForm form = form("qty-11", "2", "qty-12", "");

        assertThat(form.returnProblems(LINES)).isEmpty();
        assertThat(form.quantitiesValue()).containsOnly(org.assertj.core.api.Assertions.entry(11L, 2));
        assertThat(form.idempotencyKey()).startsWith("admin-return:");
    }

    @Test
    void more_units_than_are_left_are_refused_with_what_is_left() {
        assertThat(form("qty-11", "3").returnProblems(LINES))
                .containsEntry("qty-11", "Only 2 of Lamp can still be returned (3 ordered, 1 returned before).");
    }

    @Test
    void negative_and_unreadable_quantities_are_refused_at_their_line() {
        Map<String, String> problems = form("qty-11", "-1", "qty-12", "one").returnProblems(LINES);

        assertThat(problems).containsEntry("qty-11", "The units of Lamp returned cannot be negative.")
                .containsEntry("qty-12", "Enter a whole number of units of Mug, like 1.");
    }

    @Test
    void nothing_chosen_is_refused() {
        assertThat(form("qty-11", "0", "qty-12", " ").returnProblems(LINES))
                .containsEntry(OrderReturnForm.LINES, "Enter how many units of at least one line came back.");
        assertThat(form().returnProblems(LINES)).containsKey(OrderReturnForm.LINES);
    }

    @Test
    void a_form_without_its_token_or_page_state_is_out_of_date() {
        OrderReturnForm noToken = form("qty-11", "1");
        noToken.setFormToken(null);
        OrderReturnForm noState = form("qty-11", "1");
        noState.setSeenActions("x");

        assertThat(noToken.returnProblems(LINES)).containsKey(OrderReturnForm.FORM);
        assertThat(noToken.cancellationProblems()).containsKey(OrderReturnForm.FORM);
        assertThat(noState.cancellationProblems()).containsKey(OrderReturnForm.FORM);
        assertThat(form().cancellationProblems()).isEmpty();
    }

    @Test
    void a_line_that_is_not_the_orders_makes_the_form_out_of_date() {
        assertThat(form("qty-99", "1").returnProblems(LINES)).containsKey(OrderReturnForm.FORM);
    }

    @Test
    void a_note_longer_than_the_record_keeps_is_refused() {
        OrderReturnForm form = form("qty-11", "1");
        form.setNote(new String(new char[1001]).replace('\0', 'x'));

        assertThat(form.returnProblems(LINES)).containsKey(OrderReturnForm.NOTE);
    }

    @Test
    void every_form_shown_has_a_token_of_its_own() {
        assertThat(OrderReturnForm.blank(0).idempotencyKey()).isNotEqualTo(OrderReturnForm.blank(0).idempotencyKey());
    }

    /** A form as the page shows it (token, one earlier action), with the fields given. */
    private static OrderReturnForm form(String... fields) {
        OrderReturnForm blank = OrderReturnForm.blank(1);
        Map<String, String[]> parameters = new HashMap<String, String[]>();
        parameters.put("formToken", new String[] {blank.getFormToken()});
        parameters.put("seenActions", new String[] {"1"});
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parameters.put(fields[i], new String[] {fields[i + 1]});
        }
        return OrderReturnForm.of(parameters);
    }
}
