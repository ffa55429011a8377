package eu.dmhub.identity.domain;

import eu.dmhub.shared.CountryCode;
import java.util.Locale;
import java.util.Optional;

/**
 * A company's code in its country's business register, in that register's notation. In the nine
 * countries of the region it has the register's format and, where the register has one, a check
 * digit that fits; elsewhere it is taken as the company writes it, letters and digits (see
 * docs/registration.md for why other countries are allowed).
 */
public final class RegistryCode {

    private static final String OTHER_SHAPE = "[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,29}";

    private final CountryCode country;
    private final String value;

    private RegistryCode(CountryCode country, String value) {
        this.country = country;
        this.value = value;
    }

    public CountryCode country() {
        return country;
    }

    /** The code in the register's notation, e.g. {@code 0112038-9} in Finland. */
    public String value() {
        return value;
    }

    /** The verdict on a code as a person typed it: accepted in the register's notation, or refused with the reason. */
    public static Verdict check(CountryCode country, String typed) {
        String text = typed == null ? "" : typed.strip();
        Optional<BusinessRegister> register = BusinessRegister.of(country.code());
        if (register.isEmpty()) {
            return text.matches(OTHER_SHAPE) && text.chars().anyMatch(Character::isDigit)
                    ? new Accepted(trusted(country, text.toUpperCase(Locale.ROOT)))
                    : new Refused(country, Reason.FORMAT, "use letters and digits as the register writes the code");
        }
        BusinessRegister rule = register.get();
        Optional<String> canonical = rule.canonical(text);
        if (canonical.isEmpty()) {
            return new Refused(country, Reason.FORMAT, "expected " + rule.format() + ", for example " + rule.example());
        }
        if (!rule.checkDigitFits(canonical.get())) {
            return new Refused(
                    country, Reason.CHECK_DIGIT, "its last digit, the check digit, does not fit the digits before it");
        }
        return new Accepted(trusted(country, canonical.get()));
    }

    /** The code as typed, or the {@link IllegalArgumentException} that names the reason. */
    public static RegistryCode of(CountryCode country, String typed) {
        Verdict verdict = check(country, typed);
        if (verdict instanceof Refused refused) {
            throw new IllegalArgumentException(
                    "Not a registry code of " + country + " (" + refused.inWords() + "): " + typed);
        }
        return ((Accepted) verdict).code();
    }

    /**
     * A valid made-up code for demo and test data: in the region's countries in the register's
     * format with a fitting check digit, different for each {@code number} from 0 to 999,999.
     */
    public static RegistryCode madeUp(CountryCode country, int number) {
        String value = BusinessRegister.of(country.code())
                .map(register -> register.example(number))
                .orElse("X" + number);
        return of(country, value);
    }

    /** A real code of a well-known company in the country's register, to show the format; empty elsewhere. */
    public static Optional<String> exampleFor(CountryCode country) {
        return BusinessRegister.of(country.code()).map(BusinessRegister::example);
    }

    private static RegistryCode trusted(CountryCode country, String value) {
        return new RegistryCode(country, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistryCode that && country.equals(that.country) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(country, value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Why a registry code is refused. */
    public enum Reason {
        /** Not the register's format: wrong length, letters where digits belong, no register court. */
        FORMAT,
        /** The right format, but the check digit does not fit: usually a typing error. */
        CHECK_DIGIT
    }

    /** The outcome of {@link #check}. */
    public sealed interface Verdict permits Accepted, Refused {}

    public record Accepted(RegistryCode code) implements Verdict {}

    /**
     * A refusal with its reason in words; {@link #messageKey()} names the reader's text, which
     * states the format expected in the country with an example.
     */
    public record Refused(CountryCode country, Reason reason, String inWords) implements Verdict {
        public String messageKey() {
            if (reason == Reason.CHECK_DIGIT) {
                return "error.registry-code.check-digit";
            }
            return BusinessRegister.of(country.code())
                    .map(BusinessRegister::formatMessage)
                    .orElse("error.registry-code.format.other");
        }

        /** The message's placeholder: a valid code of the country, so the reader sees the format. */
        public Object[] arguments() {
            return exampleFor(country)
                    .<Object[]>map(example -> new Object[] {example})
                    .orElse(new Object[0]);
        }
    }
}
