package io.loyaltyclub.messaging.domain;

import java.util.Locale;

/** Which way a language is written, for the {@code dir} of a message. */
public final class TextDirection {

    private TextDirection() {
    }

    /** "rtl" for Hebrew, Persian, Arabic and Urdu; "ltr" otherwise. */
    public static String of(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return "he".equals(language) || "iw".equals(language) || "fa".equals(language) || "ar".equals(language)
                || "ur".equals(language) ? "rtl" : "ltr";
    }

    /** The language tag for {@code lang}: "he" even where Java still says "iw". */
    public static String languageTag(Locale locale) {
        if (locale == null) {
            return "en";
        }
        String tag = locale.toLanguageTag();
        return tag.startsWith("iw") ? "he" + tag.substring(2) : tag;
    }
}
