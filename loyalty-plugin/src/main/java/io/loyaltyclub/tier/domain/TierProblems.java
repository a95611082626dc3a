package io.loyaltyclub.tier.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What is wrong with a tier as an admin filled it in, by field of the tier entity, in words an admin can act on. */
public final class TierProblems {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");
    static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

    private TierProblems() {
    }

    public static Map<String, String> of(String code, String name, int rank, String colour, Long pointsToQualify,
                                         BigDecimal amountToQualify, BigDecimal earnMultiplier,
                                         BigDecimal freeShippingFrom, long welcomePoints) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.put("code", "Use capital letters, digits and _ only, like GOLD (at most 40).");
        }
        if (name == null || name.trim().isEmpty()) {
            problems.put("name", "Give the tier the name members see.");
        }
        if (rank < 1) {
            problems.put("rank", "The rank is 1 for the first tier, 2 for the next, and so on.");
        }
        if (colour != null && !colour.trim().isEmpty() && !COLOUR.matcher(colour.trim()).matches()) {
            problems.put("colour", "Give the colour as # and 3 or 6 hexadecimal digits, like #C9A227.");
        }
        if (pointsToQualify != null && pointsToQualify < 0) {
            problems.put("pointsToQualify", "Points to qualify must be zero or more (empty: not reached by points).");
        }
        if (amountToQualify != null && amountToQualify.signum() < 0) {
            problems.put("amountToQualify", "The amount to qualify must be zero or more (empty: not reached by spending).");
        }
        if (earnMultiplier == null || earnMultiplier.compareTo(BigDecimal.ONE) < 0
                || earnMultiplier.compareTo(MAX_MULTIPLIER) > 0) {
            problems.put("earnMultiplier", "The earn multiplier is between 1 (nothing more) and 10.");
        }
        if (freeShippingFrom != null && freeShippingFrom.signum() < 0) {
            problems.put("freeShippingFrom", "Free shipping from must be zero or more (empty: no free shipping).");
        }
        if (welcomePoints < 0) {
            problems.put("welcomePoints", "Points on reaching the tier must be zero or more.");
        }
        return Collections.unmodifiableMap(problems);
    }
}
