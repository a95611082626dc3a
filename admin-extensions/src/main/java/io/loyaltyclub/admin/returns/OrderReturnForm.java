package io.loyaltyclub.admin.returns;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The "Cancel the order" or "Return lines" form of an order's returns page, as the admin sent it: the quantity
 * returned per line ({@code qty-<order item id>}, return only), an optional note, how many cancellations and returns
 * the order had when the page was shown (so a page opened before someone else recorded one is refused), and the
 * form's one-time token, which becomes the idempotency key: the same form sent twice records once.
 */
public class OrderReturnForm {

    public static final String QUANTITY_PREFIX = "qty-";
    public static final int MAX_NOTE_LENGTH = 1000;

    /** Problem keys besides the per-line ones ({@code qty-<id>}). */
    public static final String FORM = "form";
    public static final String NOTE = "note";
    public static final String LINES = "lines";

    static final String OUT_OF_DATE = "This form is incomplete or out of date. Nothing was changed; use the form below.";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern TOKEN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private String formToken;
    private String seenActions;
    private String note;
    private final Map<String, String> quantities = new LinkedHashMap<String, String>();

    /** An empty form with a token of its own, for a page showing {@code actions} earlier actions. */
    public static OrderReturnForm blank(int actions) {
        OrderReturnForm form = new OrderReturnForm();
        form.formToken = UUID.randomUUID().toString();
        form.seenActions = String.valueOf(actions);
        return form;
    }

    /** The form from the request's parameters (first value of each). */
    public static OrderReturnForm of(Map<String, String[]> parameters) {
        OrderReturnForm form = new OrderReturnForm();
        form.formToken = first(parameters, "formToken");
        form.seenActions = first(parameters, "seenActions");
        form.note = first(parameters, "note");
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().startsWith(QUANTITY_PREFIX)) {
                form.quantities.put(parameter.getKey().substring(QUANTITY_PREFIX.length()),
                        parameter.getValue() == null || parameter.getValue().length == 0 ? null : parameter.getValue()[0]);
            }
        }
        return form;
    }

    /** What is wrong with the form for a cancellation, by key; empty when it can be recorded. */
    public Map<String, String> cancellationProblems() {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        common(problems);
        return Collections.unmodifiableMap(problems);
    }

    /** What is wrong with the form for ending the return window, by key; empty when it can be recorded. */
    public Map<String, String> windowEndProblems() {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        common(problems);
        if (trimmedNote() == null) {
            problems.put(NOTE, "Write why the return window ends now: the note is kept with the decision.");
        }
        return Collections.unmodifiableMap(problems);
    }

    /** What is wrong with the form for a return of some of {@code lines}, by key; empty when it can be recorded. */
    public Map<String, String> returnProblems(List<OrderLineRow> lines) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        common(problems);
        Map<String, OrderLineRow> byId = new LinkedHashMap<String, OrderLineRow>();
        for (OrderLineRow line : lines) {
            byId.put(String.valueOf(line.getItemId()), line);
        }
        boolean any = false;
        for (Map.Entry<String, String> entry : quantities.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue().trim();
            OrderLineRow line = byId.get(entry.getKey());
            String key = QUANTITY_PREFIX + entry.getKey();
            if (line == null) {
                if (!text.isEmpty() && !"0".equals(text)) {
                    problems.put(FORM, OUT_OF_DATE);
                }
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (!WHOLE_NUMBER.matcher(text).matches()) {
                problems.put(key, "Enter a whole number of units of " + line.getName() + ", like 1.");
                continue;
            }
            BigInteger quantity = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            if (quantity.signum() < 0) {
                problems.put(key, "The units of " + line.getName() + " returned cannot be negative.");
            } else if (quantity.compareTo(BigInteger.valueOf(line.getLeft())) > 0) {
                problems.put(key, String.format(Locale.ENGLISH,
                        "Only %d of %s can still be returned (%d ordered, %d returned before).", line.getLeft(),
                        line.getName(), line.getOrdered(), line.getReturned()));
            } else if (quantity.signum() > 0) {
                any = true;
            }
        }
        if (!any && problems.isEmpty()) {
            problems.put(LINES, "Enter how many units of at least one line came back.");
        }
        return Collections.unmodifiableMap(problems);
    }

    private void common(Map<String, String> problems) {
        if (formToken == null || !TOKEN.matcher(formToken.trim()).matches() || seenActionsValue() < 0) {
            problems.put(FORM, OUT_OF_DATE);
        }
        if (trimmedNote() != null && trimmedNote().length() > MAX_NOTE_LENGTH) {
            problems.put(NOTE, String.format(Locale.ENGLISH, "Keep the note to %,d characters (it has %,d).",
                    MAX_NOTE_LENGTH, trimmedNote().length()));
        }
    }

    /** The quantities to return by order item id, zeros left out; only for a form without problems. */
    public Map<Long, Integer> quantitiesValue() {
        Map<Long, Integer> value = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<String, String> entry : quantities.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue().trim();
            if (!text.isEmpty() && WHOLE_NUMBER.matcher(text).matches()) {
                int quantity = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
                if (quantity > 0) {
                    value.put(Long.valueOf(entry.getKey()), quantity);
                }
            }
        }
        return value;
    }

    /** How many cancellations and returns the order had when the form was shown; -1 when unreadable. */
    public int seenActionsValue() {
        try {
            return seenActions == null ? -1 : Integer.parseInt(seenActions.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The idempotency key of what this form asks for: one per form shown. */
    public String idempotencyKey() {
        if (formToken == null || !TOKEN.matcher(formToken.trim()).matches()) {
            throw new IllegalStateException("The form has no valid token");
        }
        return "admin-return:" + formToken.trim();
    }

    /** The idempotency key of ending the return window with this form. */
    public String windowEndKey() {
        return "admin-window-end:" + idempotencyKey().substring("admin-return:".length());
    }

    public String trimmedNote() {
        return note == null || note.trim().isEmpty() ? null : note.trim();
    }

    /** What the admin entered for a line, to show it again with a problem. */
    public String quantityOf(long itemId) {
        return quantities.get(String.valueOf(itemId));
    }

    public void setQuantity(long itemId, String quantity) {
        quantities.put(String.valueOf(itemId), quantity);
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public String getSeenActions() {
        return seenActions;
    }

    public void setSeenActions(String seenActions) {
        this.seenActions = seenActions;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
