package io.loyaltyclub.demo.payment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A card typed into the demo's checkout. The demo charges nothing: any well-formed card number is accepted,
 * except the decline test number {@value #DECLINED}, which the test gateway refuses. Only the last four
 * digits are ever stored.
 */
public final class TestCard {

    /** A test number the gateway approves. */
    public static final String APPROVED = "4242424242424242";
    /** A test number the gateway declines. */
    public static final String DECLINED = "4000000000000002";

    private final String number;
    private final YearMonth expiry;
    private final String holder;

    private TestCard(String number, YearMonth expiry, String holder) {
        this.number = number;
        this.expiry = expiry;
        this.holder = holder;
    }

    /**
     * Reads what a shopper typed; {@link #problems()} says what is wrong with it.
     *
     * @param expiry "MM/YY" or "MM/YYYY"
     */
    public static TestCard of(String number, String expiry, String holder) {
        return new TestCard(number == null ? "" : number.replaceAll("[\\s-]", ""), parseExpiry(expiry),
                holder == null ? "" : holder.trim());
    }

    private static YearMonth parseExpiry(String expiry) {
        if (expiry == null) {
            return null;
        }
        String[] parts = expiry.trim().split("\\s*/\\s*");
        if (parts.length != 2 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{2}|\\d{4}")) {
            return null;
        }
        int month = Integer.parseInt(parts[0]);
        int year = Integer.parseInt(parts[1]);
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year < 100 ? 2000 + year : year, month);
    }

    /** Message keys of what is wrong, checked against {@code today}; empty when the card can be charged. */
    public List<String> problems(YearMonth today) {
        List<String> problems = new ArrayList<String>();
        if (holder.isEmpty()) {
            problems.add("payment.error.holder");
        }
        if (!number.matches("\\d{12,19}") || !luhn(number)) {
            problems.add("payment.error.number");
        }
        if (expiry == null) {
            problems.add("payment.error.expiry");
        } else if (expiry.isBefore(today)) {
            problems.add("payment.error.expired");
        }
        return Collections.unmodifiableList(problems);
    }

    public String lastFour() {
        return number.length() >= 4 ? number.substring(number.length() - 4) : number;
    }

    public String holder() {
        return holder;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
