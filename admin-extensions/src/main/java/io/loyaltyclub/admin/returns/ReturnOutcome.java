package io.loyaltyclub.admin.returns;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.returns.persistence.OrderReturnImpl;
import io.loyaltyclub.returns.persistence.ReturnWindowEndImpl;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/** What became of a "Cancel the order", "Return lines" or "End the return window now" form, and what to tell the admin. */
public final class ReturnOutcome {

    public enum Kind {
        /** Recorded now. */
        RECORDED,
        /** The same form came again: it was recorded the first time, not again. */
        REPLAYED,
        /** The form has problems, or the order refuses it; nothing changed. */
        REFUSED,
        /** The page was read before someone else recorded a cancellation or return; nothing changed. */
        STALE
    }

    static final String STALE_MESSAGE = "Someone recorded a cancellation or return of this order after you opened "
            + "this page, so nothing was changed. Check the quantities below and send the form again.";
    static final String REPLAYED_MESSAGE = "This was already recorded (the form was sent twice); it was not recorded "
            + "again.";
    static final String CORRECT_FORM = "Nothing was changed: please correct the form below.";

    private final Kind kind;
    private final OrderReturnImpl record;
    private final Balance balance;
    private final Map<String, String> problems;
    private final String refusal;
    private final ReturnWindowEndImpl windowEnd;

    private ReturnOutcome(Kind kind, OrderReturnImpl record, ReturnWindowEndImpl windowEnd, Balance balance,
                          Map<String, String> problems, String refusal) {
        this.kind = kind;
        this.record = record;
        this.windowEnd = windowEnd;
        this.balance = balance;
        this.problems = problems;
        this.refusal = refusal;
    }

    static ReturnOutcome recorded(OrderReturnImpl record, Balance after) {
        return new ReturnOutcome(Kind.RECORDED, record, null, after, Collections.<String, String>emptyMap(), null);
    }

    static ReturnOutcome replayed(OrderReturnImpl record) {
        return new ReturnOutcome(Kind.REPLAYED, record, null, null, Collections.<String, String>emptyMap(), null);
    }

    /** The return window ended now; {@code after} is the member's points after it, null for a customer not a member. */
    static ReturnOutcome windowEnded(ReturnWindowEndImpl windowEnd, Balance after) {
        return new ReturnOutcome(Kind.RECORDED, null, windowEnd, after, Collections.<String, String>emptyMap(), null);
    }

    /** The same "End the return window now" form came again. */
    static ReturnOutcome windowEndReplayed(ReturnWindowEndImpl windowEnd) {
        return new ReturnOutcome(Kind.REPLAYED, null, windowEnd, null, Collections.<String, String>emptyMap(), null);
    }

    static ReturnOutcome refused(Map<String, String> problems) {
        return new ReturnOutcome(Kind.REFUSED, null, null, null, problems, null);
    }

    static ReturnOutcome refused(String reason) {
        return new ReturnOutcome(Kind.REFUSED, null, null, null, Collections.<String, String>emptyMap(), reason);
    }

    static ReturnOutcome stale() {
        return new ReturnOutcome(Kind.STALE, null, null, null, Collections.<String, String>emptyMap(), null);
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isRecorded() {
        return kind == Kind.RECORDED || kind == Kind.REPLAYED;
    }

    public OrderReturnImpl getRecord() {
        return record;
    }

    /** The end of the return window this form recorded (now or the first time), or null for other forms. */
    public ReturnWindowEndImpl getWindowEnd() {
        return windowEnd;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    /** One paragraph for the admin about what happened, points included. */
    public String message() {
        switch (kind) {
            case RECORDED:
                return recordedMessage();
            case REPLAYED:
                return REPLAYED_MESSAGE;
            case STALE:
                return STALE_MESSAGE;
            case REFUSED:
            default:
                return refusal != null ? "Nothing was changed: " + refusal : CORRECT_FORM;
        }
    }

    private String recordedMessage() {
        if (windowEnd != null) {
            return windowEndedMessage();
        }
        StringBuilder text = new StringBuilder(record.getKind() == OrderReturnImpl.Kind.CANCELLATION
                ? "The order is cancelled." : "The return is recorded.");
        if (balance == null) {
            return text.append(" The customer is not a member of the loyalty club, so no points changed.").toString();
        }
        text.append(' ').append(pointsMessage(record.getPointsTakenBack(), record.getPointsGivenBack()));
        if (balance.getDebt() > 0) {
            text.append(String.format(Locale.ENGLISH, " The member now owes %,d points (debt); points they get later "
                    + "pay it off first.", balance.getDebt()));
        }
        return text.toString();
    }

    private String windowEndedMessage() {
        StringBuilder text = new StringBuilder("The return window is ended: the order counts as past its pending "
                + "period from now on (a referral's reward follows at the referral job's next run).");
        if (balance == null) {
            return text.append(" The customer is not a member of the loyalty club, so no points changed.").toString();
        }
        text.append(windowEnd.getPointsMadeAvailable() > 0 ? String.format(Locale.ENGLISH,
                " %,d pending points became available.", windowEnd.getPointsMadeAvailable())
                : " No points of the order were pending.");
        if (balance.getDebt() > 0) {
            text.append(String.format(Locale.ENGLISH, " The member still owes %,d points (debt).", balance.getDebt()));
        }
        return text.toString();
    }

    /** What a cancellation or return did to points, in one or two sentences. */
    public static String pointsMessage(long takenBack, long givenBack) {
        if (takenBack == 0 && givenBack == 0) {
            return "No points changed.";
        }
        StringBuilder text = new StringBuilder();
        if (takenBack > 0) {
            text.append(String.format(Locale.ENGLISH, "%,d earned points were taken back.", takenBack));
        }
        if (givenBack > 0) {
            text.append(text.length() > 0 ? " " : "").append(String.format(Locale.ENGLISH,
                    "%,d points that paid for the order were given back.", givenBack));
        }
        return text.toString();
    }
}
