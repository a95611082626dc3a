package io.loyaltyclub.referral.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The mailbox an e-mail address delivers to, for telling whether two addresses are one person's. Case never matters;
 * providers that ignore dots in the local part (Gmail) and "+tags" (Gmail, Outlook, iCloud, Fastmail, Proton, Yandex
 * and others) have them left out, and Google's two domains count as one. Other providers keep dots and tags: for them
 * {@code a.b@example.com} and {@code ab@example.com} may be two people.
 */
public final class EmailIdentity {

    private static final Set<String> IGNORE_DOTS = set("gmail.com", "googlemail.com");
    private static final Set<String> IGNORE_PLUS_TAGS = set("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "fastmail.com", "fastmail.fm",
            "protonmail.com", "proton.me", "pm.me", "yandex.com", "yandex.ru", "zoho.com", "gmx.com", "gmx.net",
            "gmx.de");

    private EmailIdentity() {
    }

    /** The normalised mailbox, or null for a blank address or one without a domain. */
    public static String of(String email) {
        if (email == null) {
            return null;
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return null;
        }
        String local = address.substring(0, at);
        String domain = canonicalDomain(address.substring(at + 1));
        if (IGNORE_PLUS_TAGS.contains(domain)) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (IGNORE_DOTS.contains(domain)) {
            local = local.replace(".", "");
        }
        return local.isEmpty() ? null : local + "@" + domain;
    }

    /** The domains whose addresses can be the same mailbox as this address's (Google's two for a Google address). */
    public static Set<String> domainsOf(String email) {
        String identity = of(email);
        if (identity == null) {
            return Collections.emptySet();
        }
        String domain = identity.substring(identity.indexOf('@') + 1);
        return "gmail.com".equals(domain) ? set("gmail.com", "googlemail.com") : Collections.singleton(domain);
    }

    public static boolean sameMailbox(String one, String other) {
        String a = of(one);
        return a != null && a.equals(of(other));
    }

    private static String canonicalDomain(String domain) {
        String trimmed = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        return "googlemail.com".equals(trimmed) ? "gmail.com" : trimmed;
    }

    private static Set<String> set(String... values) {
        return Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(values)));
    }
}
