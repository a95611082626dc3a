package io.loyaltyclub.admin.member;

import io.loyaltyclub.tier.domain.ManualMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The "Set tier" form of a member's loyalty panel: how the tier applies (automatic, a floor, fixed), the tier, a
 * required note, and the one-time token of the form as it was shown (spent on the first post, so a form sent twice
 * is applied once).
 */
public class SetTierForm {

    public static final String AUTOMATIC = "AUTOMATIC";
    public static final String MODE = "mode";
    public static final String TIER = "tierCode";
    public static final String NOTE = "note";
    public static final String FORM = "form";

    private String mode;
    private String tierCode;
    private String note;
    private String formToken;

    public static SetTierForm blank(String formToken) {
        SetTierForm form = new SetTierForm();
        form.setMode(AUTOMATIC);
        form.setFormToken(formToken);
        return form;
    }

    /** What is wrong with the form by field, in words for the admin; empty when it can be applied. */
    public Map<String, String> problems(Set<String> activeTierCodes) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (!AUTOMATIC.equals(mode) && manualMode() == null) {
            problems.put(MODE, "Choose how the tier applies: automatic, at least this tier, or exactly this tier.");
        } else if (manualMode() != null && (tierCode == null || !activeTierCodes.contains(tierCode))) {
            problems.put(TIER, "Choose one of the active tiers.");
        }
        String text = trimmedNote();
        if (text.isEmpty()) {
            problems.put(NOTE, "Write a note saying why; the member's tier history keeps it.");
        } else if (text.length() > AdjustPointsForm.MAX_NOTE_LENGTH) {
            problems.put(NOTE, String.format(Locale.ENGLISH, "Keep the note to %,d characters (it has %,d).",
                    AdjustPointsForm.MAX_NOTE_LENGTH, text.length()));
        }
        if (formToken == null || formToken.trim().isEmpty()) {
            problems.put(FORM, "This form is incomplete or out of date. Nothing was changed; set the tier again "
                    + "in the form below.");
        }
        return Collections.unmodifiableMap(problems);
    }

    /** FLOOR or FIXED; null for automatic (or an unknown mode). */
    public ManualMode manualMode() {
        for (ManualMode m : ManualMode.values()) {
            if (m.name().equals(mode)) {
                return m;
            }
        }
        return null;
    }

    public String trimmedNote() {
        return note == null ? "" : note.trim();
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getTierCode() {
        return tierCode;
    }

    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
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
