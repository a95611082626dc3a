package io.loyaltyclub.programme.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Programme settings that cannot be saved, with every reason.
 */
public class InvalidProgrammeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidProgrammeException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = Collections.unmodifiableList(new ArrayList<String>(problems));
    }

    public List<String> getProblems() {
        return problems;
    }
}
