package io.loyaltyclub.admin.api;

import io.loyaltyclub.api.service.ApiKeyService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The "New API key" form: a name, an optional last day the key works (in the store's time zone), and the one-time
 * token of the form as it was shown, so that the same form posted twice creates one key.
 */
public class ApiKeyForm {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private String name;
    private String expiresOn;
    private String formToken;

    /** An empty form with a token of its own. */
    public static ApiKeyForm blank() {
        ApiKeyForm form = new ApiKeyForm();
        form.setFormToken(UUID.randomUUID().toString());
        return form;
    }

    /** What is wrong with the form, by field ("name", "expiresOn", "form"); empty when it can be saved. */
    public Map<String, String> problems(ZoneId zone, Instant now) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (formToken == null || !TOKEN.matcher(formToken).matches()) {
            problems.put("form", "This form is not valid any more. Nothing was changed; please fill it in again.");
        }
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty()) {
            problems.put("name", "Give the key a name saying who uses it, e.g. \"Maple roastery till\".");
        } else if (cleanName.length() > ApiKeyService.MAX_NAME_LENGTH) {
            problems.put("name", "The name can be at most " + ApiKeyService.MAX_NAME_LENGTH + " characters.");
        }
        if (expiresOn != null && !expiresOn.trim().isEmpty()) {
            try {
                LocalDate last = LocalDate.parse(expiresOn.trim());
                if (!expiresAt(last, zone).isAfter(now)) {
                    problems.put("expiresOn", "The last day must be today or later.");
                }
            } catch (DateTimeParseException e) {
                problems.put("expiresOn", "Write the last day as YYYY-MM-DD, e.g. 2027-12-31, or leave it empty.");
            }
        }
        return problems;
    }

    /** When the key stops working: the start of the day after the last day, in the store's zone; null for never. */
    public Instant expiresAt(ZoneId zone) {
        if (expiresOn == null || expiresOn.trim().isEmpty()) {
            return null;
        }
        return expiresAt(LocalDate.parse(expiresOn.trim()), zone);
    }

    private static Instant expiresAt(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
