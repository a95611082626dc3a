package io.loyaltyclub.admin.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.servlet.http.HttpSession;

/**
 * One-time tokens for admin forms whose action has no idempotency key of its own (such as "Run now" on the jobs
 * page): each form shown carries a fresh token, kept in the admin's session; a post spends it. A second post of the
 * same form (a double click, a reload of the response) finds it spent, and a form from before a sign-in or from
 * another session is unknown: neither does anything again.
 */
public final class OneTimeForms {

    /** What became of a posted token. */
    public enum Use {
        /** Issued to this session and not used before: go ahead. */
        FRESH,
        /** Used before: this is a repeat of a form already sent. */
        SPENT,
        /** Never issued to this session (or forgotten among too many forms): an out-of-date form. */
        UNKNOWN
    }

    /** The most tokens a session keeps per purpose; the oldest are forgotten first. */
    static final int KEPT = 100;

    private OneTimeForms() {
    }

    /** A fresh token for a form of {@code purpose} shown to this session. */
    public static String issue(HttpSession session, String purpose) {
        String token = UUID.randomUUID().toString();
        synchronized (lock(session)) {
            Map<String, Boolean> tokens = tokens(session, purpose);
            tokens.put(token, Boolean.FALSE);
            Iterator<String> oldest = tokens.keySet().iterator();
            while (tokens.size() > KEPT && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            session.setAttribute(attribute(purpose), tokens);
        }
        return token;
    }

    /** Spends the posted token, if it is fresh. */
    public static Use spend(HttpSession session, String purpose, String token) {
        if (token == null || token.trim().isEmpty()) {
            return Use.UNKNOWN;
        }
        synchronized (lock(session)) {
            Map<String, Boolean> tokens = tokens(session, purpose);
            Boolean spent = tokens.get(token.trim());
            if (spent == null) {
                return Use.UNKNOWN;
            }
            if (spent) {
                return Use.SPENT;
            }
            tokens.put(token.trim(), Boolean.TRUE);
            session.setAttribute(attribute(purpose), tokens);
            return Use.FRESH;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> tokens(HttpSession session, String purpose) {
        Object kept = session.getAttribute(attribute(purpose));
        return kept instanceof LinkedHashMap ? (Map<String, Boolean>) kept : new LinkedHashMap<String, Boolean>();
    }

    private static Object lock(HttpSession session) {
        Object id = session.getId();
        return id == null ? session : id.toString().intern();
    }

    private static String attribute(String purpose) {
        return OneTimeForms.class.getName() + "." + purpose;
    }
}
