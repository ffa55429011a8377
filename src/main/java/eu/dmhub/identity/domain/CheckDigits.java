package eu.dmhub.identity.domain;

import java.util.OptionalInt;

/** The check-digit sums of the region's business registers, each over a string of digits. */
final class CheckDigits {

    private CheckDigits() {}

    /** Σ weight × digit over {@code digits}, weights repeated from the start when they run out. */
    static int weightedSum(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += weights[i % weights.length] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /**
     * The Estonian and Lithuanian rule (also their personal codes): weights 1…9 repeating, sum modulo
     * 11; a remainder of 10 tries weights 3…9, 1, 2 instead, and a second 10 gives 0.
     */
    static int balticModulo11(String body) {
        int first = weightedSum(body, 1, 2, 3, 4, 5, 6, 7, 8, 9) % 11;
        if (first < 10) {
            return first;
        }
        int second = weightedSum(body, 3, 4, 5, 6, 7, 8, 9, 1, 2) % 11;
        return second < 10 ? second : 0;
    }

    /** Whether {@link #balticModulo11} found its digit with the first weights. */
    static boolean balticFirstRound(String body) {
        return weightedSum(body, 1, 2, 3, 4, 5, 6, 7, 8, 9) % 11 < 10;
    }

    /** 11 minus the weighted sum modulo 11, 0 for 11; empty where that gives 10 (no such code is issued). */
    static OptionalInt elevenMinus(String body, int... weights) {
        int check = (11 - weightedSum(body, weights) % 11) % 11;
        return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /** The weighted sum modulo 11 itself; empty where that gives 10 (no such code is issued). */
    static OptionalInt remainder(String body, int... weights) {
        int check = weightedSum(body, weights) % 11;
        return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /** The digit that makes the Luhn sum of {@code body} followed by it a multiple of 10. */
    static int luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
