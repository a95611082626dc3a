package io.loyaltyclub.api.domain;

/**
 * The text a partner may send in a request (a reason, a reference, a terms version, an e-mail address, an
 * Idempotency-Key): printable Unicode on one line. Control characters (U+0000 to U+001F, U+007F to U+009F: NUL,
 * tab, line breaks, escape...) are refused because a member reads the reason on one line, PostgreSQL cannot store
 * NUL at all, and each one would be written back as a six-character {@code \u0001} escape in the stored answer. A
 * half of a surrogate pair is refused because it is not a character: it would be stored as {@code ?}.
 */
public final class PartnerText {

    private PartnerText() {
    }

    /** Whether {@code text} holds only printable characters, every surrogate in a pair. */
    public static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
