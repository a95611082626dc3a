package io.loyaltyclub.admin.member;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The "Adjust points" form of a member's loyalty panel, as the admin filled it in: points up or down, a
 * required note, and the one-time token of the form as it was shown. The token makes the idempotency key of
 * the adjustment, so a form sent twice (a double click, a reload of the response) is posted once.
 */
public class AdjustPointsForm {

    /** The most points one adjustment may add or take away. */
    public static final long MAX_POINTS = 1000000L;
    /** The longest note the ledger keeps. */
    public static final int MAX_NOTE_LENGTH = 1000;

    public static final String POINTS = "points";
    public static final String NOTE = "note";
    public static final String FORM = "form";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    /** A form token as {@link #blank()} makes it: a random UUID. */
    private static final Pattern TOKEN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private String points;
    private String note;
    private String formToken;

    /** An empty form, with a token of its own. */
    public static AdjustPointsForm blank() {
        AdjustPointsForm form = new AdjustPointsForm();
        form.setFormToken(UUID.randomUUID().toString());
        return form;
    }

    /**
     * What is wrong with the form, by field ({@link #POINTS}, {@link #NOTE}, {@link #FORM}), in words for the
     * admin; empty when it can be posted.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        String pointsProblem = pointsProblem();
        if (pointsProblem != null) {
            problems.put(POINTS, pointsProblem);
        }
        String text = trimmedNote();
        if (text.isEmpty()) {
            problems.put(NOTE, "Write a note saying why the points change; the member's ledger keeps it.");
        } else if (text.length() > MAX_NOTE_LENGTH) {
            problems.put(NOTE, String.format(Locale.ENGLISH, "Keep the note to %,d characters (it has %,d).",
                    MAX_NOTE_LENGTH, text.length()));
        }
        if (formToken == null || !TOKEN.matcher(formToken).matches()) {
            problems.put(FORM, "This form is incomplete or out of date. Nothing was changed; enter the adjustment "
                    + "again in the form below.");
        }
        return Collections.unmodifiableMap(problems);
    }

    private String pointsProblem() {
        String text = trimmedPoints();
        if (text.isEmpty()) {
            return "Enter the points to add (like 50) or to take away (like -20).";
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return "Enter a whole number of points, like 50 or -20.";
        }
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (value.signum() == 0) {
            return "Zero changes nothing: enter points to add (like 50) or to take away (like -20).";
        }
        if (value.abs().compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) {
            return String.format(Locale.ENGLISH, "At most %,d points can be added or taken away at once.", MAX_POINTS);
        }
        return null;
    }

    /** The points to add (positive) or take away (negative); only for a form without {@link #problems()}. */
    public long pointsValue() {
        if (pointsProblem() != null) {
            throw new IllegalStateException("The points of this form are not valid: " + pointsProblem());
        }
        String text = trimmedPoints();
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    }

    public String trimmedNote() {
        return note == null ? "" : note.trim();
    }

    private String trimmedPoints() {
        return points == null ? "" : points.trim();
    }

    /** The ledger's idempotency key for the adjustment this form asks for: one per form shown. */
    public String idempotencyKey() {
        if (formToken == null || !TOKEN.matcher(formToken).matches()) {
            throw new IllegalStateException("The form has no valid token");
        }
        return "admin-adjust:" + formToken;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
