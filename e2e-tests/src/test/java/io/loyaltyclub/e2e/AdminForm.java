package io.loyaltyclub.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a Broadleaf admin entity form, read from its HTML as a browser would submit them.
 */
final class AdminForm {

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    private AdminForm() {
    }

    static Map<String, String> fields(String html) {
        int start = html.indexOf("class=\"twelve columns custom entity-form");
        if (start < 0) {
            throw new IllegalStateException("No entity form on the page");
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            if (name == null) {
                continue;
            }
            String type = attribute(attributes, "type");
            if (("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
                continue;
            }
            String value = attribute(attributes, "value");
            fields.put(unescape(name), value == null ? "" : unescape(value));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            fields.put(unescape(select.group(1)), selected.find() ? selected.group(1) : "");
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(unescape(textarea.group(1)), unescape(textarea.group(2)));
        }
        return fields;
    }

    static String field(String name) {
        return "fields['" + name + "'].value";
    }

    static String[] asPairs(Map<String, String> fields) {
        String[] pairs = new String[fields.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return pairs;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        return s.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Broadleaf 3.1's date format of admin forms (FormatUtil.DATE_FORMAT). */
    static String broadleafDate(java.time.LocalDate day) {
        return String.format("%04d.%02d.%02d 00:00:00", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
