package io.loyaltyclub.admin.member;

import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.persistence.LedgerEntry;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/** What became of an "Adjust points" form, and what to tell the admin. */
public final class AdjustmentOutcome {

    public enum Kind {
        /** The adjustment is in the ledger now. */
        POSTED,
        /** The same form came again (a double submit): its adjustment was posted the first time, not again. */
        REPLAYED,
        /** The form has problems; nothing changed. */
        REFUSED,
        /** The form's token was used for a different adjustment before; nothing changed. */
        FORM_USED
    }

    private final Kind kind;
    private final LedgerEntry entry;
    private final Balance balance;
    private final Map<String, String> problems;

    private AdjustmentOutcome(Kind kind, LedgerEntry entry, Balance balance, Map<String, String> problems) {
        this.kind = kind;
        this.entry = entry;
        this.balance = balance;
        this.problems = problems;
    }

    static AdjustmentOutcome posted(LedgerEntry entry, Balance after) {
        return new AdjustmentOutcome(Kind.POSTED, entry, after, Collections.<String, String>emptyMap());
    }

    static AdjustmentOutcome replayed(LedgerEntry entry, Balance now) {
        return new AdjustmentOutcome(Kind.REPLAYED, entry, now, Collections.<String, String>emptyMap());
    }

    static AdjustmentOutcome refused(Map<String, String> problems) {
        return new AdjustmentOutcome(Kind.REFUSED, null, null, problems);
    }

    static AdjustmentOutcome formUsed() {
        return new AdjustmentOutcome(Kind.FORM_USED, null, null, Collections.<String, String>emptyMap());
    }

    public Kind getKind() {
        return kind;
    }

    /** Whether the ledger holds the form's adjustment (posted now or the first time the form came). */
    public boolean isRecorded() {
        return kind == Kind.POSTED || kind == Kind.REPLAYED;
    }

    /** The ledger entry of the adjustment, when it is recorded. */
    public LedgerEntry getEntry() {
        return entry;
    }

    /** The member's balance after the adjustment, when it is recorded. */
    public Balance getBalance() {
        return balance;
    }

    /** The form's problems by field, when it was refused. */
    public Map<String, String> getProblems() {
        return problems;
    }

    /** One sentence for the admin about what happened. */
    public String message() {
        switch (kind) {
            case POSTED:
                long points = entry.getPoints();
                if (points > 0) {
                    return String.format(Locale.ENGLISH, "Added %,d points.", points);
                }
                String taken = String.format(Locale.ENGLISH, "Took away %,d points.", -points);
                return balance.getDebt() > 0
                        ? taken + String.format(Locale.ENGLISH, " The member now owes %,d points (debt); points "
                                + "they get later pay it off first.", balance.getDebt())
                        : taken;
            case REPLAYED:
                return "This adjustment was already recorded (the form was sent twice); it was not posted again.";
            case FORM_USED:
                return "This form was already used for a different adjustment, so nothing was changed. Enter the "
                        + "adjustment again in the form below.";
            case REFUSED:
            default:
                return "Nothing was changed: please correct the form below.";
        }
    }
}
