package io.loyaltyclub.messaging.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Message settings that were not saved, with what is wrong by field. */
public class InvalidMessageSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidMessageSettingsException(Map<String, String> problems) {
        super("The message settings were not saved: " + problems.values());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<String, String>(problems));
    }

    public Map<String, String> getProblems() {
        return problems;
    }
}
