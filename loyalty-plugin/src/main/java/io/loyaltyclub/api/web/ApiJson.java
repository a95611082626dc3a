package io.loyaltyclub.api.web;

import io.loyaltyclub.api.service.ApiRefusal;
import io.loyaltyclub.api.service.MemberStatement;
import io.loyaltyclub.ledger.domain.Balance;
import io.loyaltyclub.ledger.domain.EntryReason;
import io.loyaltyclub.ledger.persistence.LedgerEntry;
import org.codehaus.jackson.JsonFactory;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.JsonParser;
import org.codehaus.jackson.JsonToken;
import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON in and out of the loyalty API, with Broadleaf's Jackson 1.9: request bodies read strictly (one JSON value,
 * nothing after it), answers written with the contract's field names, and the canonical form of a body that
 * idempotency fingerprints are taken from.
 */
final class ApiJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getJsonFactory();
    /** How deep a body may nest: an object (1) holding values, of which an object or array (2) is refused by type. */
    static final int MAX_DEPTH = 2;

    private ApiJson() {
    }

    /**
     * The body as a JSON object; malformed JSON, anything but an object, trailing text, a field given twice in one
     * object or nesting deeper than {@value #MAX_DEPTH} is a 400.
     */
    static JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiRefusal.invalid("The request needs a JSON object as its body.");
        }
        try {
            checkShape(body);
            JsonParser parser = FACTORY.createJsonParser(body);
            JsonNode node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw ApiRefusal.invalid("The body holds more than one JSON value.");
            }
            if (node == null || !node.isObject()) {
                throw ApiRefusal.invalid("The body must be a JSON object.");
            }
            return node;
        } catch (IOException e) {
            throw ApiRefusal.invalid("The body is not well-formed JSON.");
        }
    }

    /**
     * Reads the body token by token, without recursion, before the tree is built: Jackson 1.9 builds a tree (and
     * {@link #canonical} walks it) by recursion, so 5,000 nested brackets, which fit in the body limit, would overflow
     * the stack. The API's bodies are flat objects; one more level lets a value of the wrong kind ({@code "reason":
     * {}}) get its own message. Jackson 1.9 keeps the last of two fields of the same name silently: here it is refused,
     * so a request cannot mean two things.
     */
    private static void checkShape(byte[] body) throws IOException {
        JsonParser parser = FACTORY.createJsonParser(body);
        // The field names of each open object (an open array has an empty set: arrays have no names).
        Deque<Set<String>> open = new ArrayDeque<Set<String>>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (open.size() == MAX_DEPTH) {
                    throw ApiRefusal.invalid("The body is nested deeper than " + MAX_DEPTH
                            + " levels; this API's bodies are flat JSON objects.");
                }
                open.push(new HashSet<String>());
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
            } else if (token == JsonToken.FIELD_NAME && !open.peek().add(parser.getCurrentName())) {
                throw ApiRefusal.invalid("The field \"" + parser.getCurrentName() + "\" is given twice.");
            }
        }
    }

    /** The node written with object members sorted by name and no white space. */
    static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        canonical(node, out);
        return out.toString();
    }

    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<String>();
            for (Iterator<String> it = node.getFieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(write(names.get(i))).append(':');
                canonical(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(write(node));
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    static String error(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        return write(body);
    }

    /** The member summary of the contract. */
    static Map<String, Object> summary(MemberStatement statement, ZoneId zone) {
        Balance balance = statement.getBalance();
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("customerId", statement.getCustomerId());
        body.put("email", statement.getEmail());
        body.put("member", statement.isMember());
        body.put("tier", statement.getTierCode());
        body.put("available", balance == null ? 0L : balance.getAvailable());
        body.put("pending", balance == null ? 0L : balance.getPending());
        body.put("debt", balance == null ? 0L : balance.getDebt());
        Map<String, Object> expiring = null;
        if (balance != null && balance.getExpiringSoon() > 0 && balance.getNextExpiry() != null) {
            expiring = new LinkedHashMap<String, Object>();
            expiring.put("points", balance.getExpiringSoon());
            // The last day the points can be used: the day of the moment before they expire.
            expiring.put("on", DateTimeFormatter.ISO_LOCAL_DATE.format(balance.getNextExpiry().minusMillis(1).atZone(zone)));
        }
        body.put("expiring", expiring);
        return body;
    }

    /** A ledger entry as the contract shows it. */
    static Map<String, Object> entry(LedgerEntry entry, ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("id", entry.getId());
        body.put("type", entry.getType().name());
        body.put("points", entry.getPoints());
        // A partner's entry shows the reason the partner gave; others the kind of reason (ORDER, WELCOME, ...):
        // an admin's notes stay in the admin.
        body.put("reason", entry.getReason() == EntryReason.PARTNER && entry.getNote() != null
                ? entry.getNote() : entry.getReason().name());
        body.put("reference", entry.getReference());
        body.put("createdAt", time(entry.getCreatedAt(), zone));
        body.put("availableAt", time(entry.getAvailableAt(), zone));
        body.put("expiresAt", time(entry.getExpiresAt(), zone));
        return body;
    }

    static Map<String, Object> entries(List<LedgerEntry> entries, ZoneId zone) {
        List<Map<String, Object>> list = new ArrayList<Map<String, Object>>();
        for (LedgerEntry e : entries) {
            list.add(entry(e, zone));
        }
        return Collections.<String, Object>singletonMap("entries", list);
    }

    /** ISO-8601 with the store's offset at that moment, e.g. 2026-03-01T10:15:30+02:00. */
    static String time(Date date, ZoneId zone) {
        return date == null ? null : time(date.toInstant(), zone);
    }

    static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }
}
