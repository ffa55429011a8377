package eu.dmhub.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each country of the region writes the code its business register gives a company, and its
 * check digit where it has one. Sources (checked 2026-12-03) are in docs/registration.md.
 */
enum BusinessRegister {
    /** Äriregister: the registry code (registrikood), 8 digits, the last a check digit. */
    EE("error.registry-code.format.EE", "12417834", "8 digits, the last a check digit") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed, 8);
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return OptionalInt.of(CheckDigits.balticModulo11(body));
        }

        @Override
        String body(int free, int number) {
            return "1" + pad(number, 6);
        }
    },
    /** Uzņēmumu reģistrs: the registration number (reģistrācijas numurs) of a legal person, 11 digits from 4. */
    LV("error.registry-code.format.LV", "40003032949", "11 digits starting with 4 or higher, the last a check digit") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed, 11).filter(code -> code.charAt(0) >= '4');
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            int check = Math.floorMod(3 - CheckDigits.weightedSum(body, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6), 11);
            return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
        }

        @Override
        String body(int free, int number) {
            return "40" + free + pad(number, 7);
        }
    },
    /** Juridinių asmenų registras: the legal person's code (juridinio asmens kodas), 9 digits, the last a check digit. */
    LT("error.registry-code.format.LT", "121215434", "9 digits, the last a check digit") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed, 9);
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return OptionalInt.of(CheckDigits.balticModulo11(body));
        }

        @Override
        String body(int free, int number) {
            return "3" + pad(number, 7);
        }
    },
    /**
     * Krajowy Rejestr Sądowy: the KRS number, 10 digits written with leading zeros and no check
     * digit; or the tax number NIP, 10 digits with a check digit, which every company has and
     * whose first three digits (a tax office) never start with 0.
     */
    PL(
            "error.registry-code.format.PL",
            "0000028860",
            "the KRS number (10 digits starting with 000) or the NIP (10 digits, the last a check digit)") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed.replaceFirst("^(?i)(KRS|NIP)\\s*:?", ""), 10);
        }

        @Override
        boolean checkDigitFits(String code) {
            return isKrs(code) || super.checkDigitFits(code);
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return CheckDigits.remainder(body, 6, 5, 7, 2, 3, 4, 5, 6, 7);
        }

        @Override
        String body(int free, int number) {
            return "52" + free + pad(number, 6);
        }

        private static boolean isKrs(String code) {
            return code.startsWith("000");
        }
    },
    /** Kaupparekisteri / YTJ: the Business ID (Y-tunnus), 7 digits, a dash and a check digit. */
    FI("error.registry-code.format.FI", "0112038-9", "7 digits, a dash and a check digit") {
        private static final Pattern SHAPE = Pattern.compile("(\\d{6,7})-(\\d)|(\\d{7})(\\d)");

        @Override
        Optional<String> canonical(String typed) {
            Matcher m = SHAPE.matcher(typed.replace(" ", ""));
            if (!m.matches()) {
                return Optional.empty();
            }
            String body = m.group(1) != null ? pad(m.group(1), 7) : m.group(3);
            return Optional.of(body + "-" + (m.group(2) != null ? m.group(2) : m.group(4)));
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            int remainder = CheckDigits.weightedSum(body, 7, 9, 10, 5, 8, 4, 2) % 11;
            if (remainder == 1) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(remainder == 0 ? 0 : 11 - remainder);
        }

        @Override
        String body(int free, int number) {
            return free + pad(number, 6);
        }

        @Override
        String withCheckDigit(String body, int check) {
            return body + "-" + check;
        }
    },
    /** Bolagsverket: the organisation number (organisationsnummer), 6 + 4 digits, the last a Luhn check digit. */
    SE("error.registry-code.format.SE", "556012-5790", "6 digits, a dash and 4 digits, the last a check digit") {
        private static final Pattern SHAPE = Pattern.compile("(\\d{6})[-+]?(\\d{4})");

        @Override
        Optional<String> canonical(String typed) {
            Matcher m = SHAPE.matcher(typed.replace(" ", ""));
            return m.matches() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return OptionalInt.of(CheckDigits.luhn(body));
        }

        @Override
        String body(int free, int number) {
            return "55" + pad(number, 7);
        }

        @Override
        String withCheckDigit(String body, int check) {
            return body.substring(0, 6) + "-" + body.substring(6) + check;
        }
    },
    /** Det Centrale Virksomhedsregister: the CVR number, 8 digits not starting with 0, modulo 11. */
    DK("error.registry-code.format.DK", "24256790", "8 digits not starting with 0, the last a check digit") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed, 8).filter(code -> code.charAt(0) != '0');
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            int check = Math.floorMod(-CheckDigits.weightedSum(body, 2, 7, 6, 5, 4, 3, 2), 11);
            return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
        }

        @Override
        String body(int free, int number) {
            return (1 + free % 9) + pad(number, 6);
        }
    },
    /** Enhetsregisteret (Brønnøysund): the organisation number (organisasjonsnummer), 9 digits, modulo 11. */
    NO("error.registry-code.format.NO", "923609016", "9 digits, the last a check digit") {
        @Override
        Optional<String> canonical(String typed) {
            return digits(typed, 9);
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return CheckDigits.elevenMinus(body, 3, 2, 7, 6, 5, 4, 3, 2);
        }

        @Override
        String body(int free, int number) {
            return "9" + free + pad(number, 6);
        }
    },
    /**
     * Handelsregister: no number alone names a company, only the register court (an Amtsgericht)
     * with the register — HRA for partnerships and sole traders, HRB for corporations — and the
     * number there, sometimes with a letter after it (Berlin's “HRB 12345 B”). No check digit.
     */
    DE(
            "error.registry-code.format.DE",
            "Amtsgericht München, HRB 6684",
            "the register court, HRA or HRB, and the number") {
        private static final Pattern COURT = Pattern.compile(
                "(?:(?:Amtsgericht|AG)\\s+)?(?<court>\\p{L}[\\p{L}.()' -]*[\\p{L}.)])", Pattern.CASE_INSENSITIVE);
        private static final Pattern COURT_FIRST = Pattern.compile(
                "(?<court>.+?)\\s*,?\\s*(?<register>HR[AB])\\s*(?<number>[1-9]\\d{0,5})(?:\\s*(?<suffix>[A-Z]{1,2}))?",
                Pattern.CASE_INSENSITIVE);
        /** “HRB 6684, Amtsgericht München”, the court often in brackets; a suffix only before them. */
        private static final Pattern ENTRY_FIRST = Pattern.compile(
                "(?<register>HR[AB])\\s*(?<number>[1-9]\\d{0,5})(?:\\s+(?<suffix>[A-Z]{1,2})(?=\\s*[,(]))?"
                        + "\\s*,?\\s*(?<court>.+)",
                Pattern.CASE_INSENSITIVE);

        @Override
        Optional<String> canonical(String typed) {
            String text = typed.strip().replaceAll("\\s+", " ");
            for (Pattern shape : new Pattern[] {COURT_FIRST, ENTRY_FIRST}) {
                Matcher entry = shape.matcher(text);
                if (entry.matches()) {
                    Matcher court =
                            COURT.matcher(unbracketed(entry.group("court").strip()));
                    if (court.matches()) {
                        return Optional.of(notation(court.group("court"), entry));
                    }
                }
            }
            return Optional.empty();
        }

        private static String unbracketed(String text) {
            return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text;
        }

        private static String notation(String court, Matcher entry) {
            String suffix = entry.group("suffix") == null
                    ? ""
                    : " " + entry.group("suffix").toUpperCase(Locale.ROOT);
            return "Amtsgericht " + court.substring(0, 1).toUpperCase(Locale.GERMAN) + court.substring(1) + ", "
                    + entry.group("register").toUpperCase(Locale.ROOT) + " " + entry.group("number") + suffix;
        }

        @Override
        boolean checkDigitFits(String code) {
            return true;
        }

        @Override
        OptionalInt checkDigitOf(String body) {
            return OptionalInt.empty();
        }

        @Override
        String body(int free, int number) {
            return "Amtsgericht Hamburg, HRB " + (Math.floorMod(number, 999_999) + 1);
        }

        @Override
        String example(int number) {
            return body(0, number);
        }
    };

    private final String formatMessage;
    private final String example;
    private final String format;

    BusinessRegister(String formatMessage, String example, String format) {
        this.formatMessage = formatMessage;
        this.example = example;
        this.format = format;
    }

    /** The key of the reader's text that names the format with the example. */
    String formatMessage() {
        return formatMessage;
    }

    /** The format in words, for logs and tests; readers get theirs from the message bundles. */
    String format() {
        return format;
    }

    /** A real, publicly known code in the register's usual notation. */
    String example() {
        return example;
    }

    /** The code in the register's own notation, or empty when the text has not the register's shape. */
    abstract Optional<String> canonical(String typed);

    /** Whether the last digit of a {@linkplain #canonical canonical} code is the one its other digits give. */
    boolean checkDigitFits(String code) {
        String digits = code.replace("-", "");
        OptionalInt check = checkDigitOf(digits.substring(0, digits.length() - 1));
        return check.isPresent() && check.getAsInt() == digits.charAt(digits.length() - 1) - '0';
    }

    /** The check digit for the digits before it; empty when no digit fits (the register issues no such code). */
    abstract OptionalInt checkDigitOf(String body);

    /** The digits before the check digit of a made-up code: {@code free} varies until a check digit fits. */
    abstract String body(int free, int number);

    String withCheckDigit(String body, int check) {
        return body + check;
    }

    /** A valid made-up code for demo and test data, different for each {@code number} from 0 to 999,999. */
    String example(int number) {
        for (int free = 0; free < 10; free++) {
            String body = body(free, number);
            OptionalInt check = checkDigitOf(body);
            if (check.isPresent()) {
                return withCheckDigit(body, check.getAsInt());
            }
        }
        throw new IllegalStateException("No check digit fits any variant of " + number);
    }

    static Optional<BusinessRegister> of(String country) {
        for (BusinessRegister register : values()) {
            if (register.name().equals(country)) {
                return Optional.of(register);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> digits(String typed, int length) {
        String digits = typed.replaceAll("[\\s.-]", "");
        return digits.length() == length && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits)
                : Optional.empty();
    }

    private static String pad(int number, int width) {
        return pad(Integer.toString(Math.floorMod(number, (int) Math.pow(10, width))), width);
    }

    private static String pad(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
