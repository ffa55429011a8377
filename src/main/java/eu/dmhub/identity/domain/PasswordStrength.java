package eu.dmhub.identity.domain;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Zxcvbn;
import eu.dmhub.shared.InvalidInput.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a new password is hard enough to guess, by zxcvbn's estimate (zxcvbn4j, with its own
 * dictionaries of common passwords, names and words, keyboard patterns, repetitions, sequences and
 * dates). A password must score at least {@link #MIN_SCORE} of 4: at least 10^8 guesses. The
 * person's own e-mail address, name and company count as guessable words. zxcvbn's feedback is
 * given where it ships the reader's language; otherwise our own message says what to avoid.
 */
public final class PasswordStrength {

    /** zxcvbn's score 3: "safely unguessable", about 10^8 to 10^10 guesses. */
    public static final int MIN_SCORE = 3;

    /** The languages of ours that zxcvbn4j 1.9.0 has feedback in (besides ja, nl, fr, it, es, pt). */
    private static final Set<String> FEEDBACK_LANGUAGES = Set.of("en", "de");

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordStrength() {}

    public static Optional<Problem> check(String password, Locale reader, List<String> personal) {
        var strength = ZXCVBN.measure(password, words(personal));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        String feedback =
                FEEDBACK_LANGUAGES.contains(reader.getLanguage()) ? feedback(strength.getFeedback(), reader) : "";
        return Optional.of(
                feedback.isEmpty()
                        ? Problem.of("password", "error.password.weak")
                        : Problem.of("password", "error.password.weak.feedback", feedback));
    }

    /** Each text and each of its words (an address's parts, a name's first and last name). */
    static List<String> words(List<String> personal) {
        var words = new ArrayList<String>();
        personal.stream().filter(Objects::nonNull).forEach(text -> {
            words.add(text);
            words.addAll(List.of(text.split("[^\\p{L}\\p{N}]+")));
        });
        words.removeIf(String::isBlank);
        return words;
    }

    private static String feedback(Feedback feedback, Locale reader) {
        var parts = new ArrayList<String>();
        String warning = feedback.getWarning(reader);
        if (warning != null && !warning.isBlank()) {
            parts.add(warning);
        }
        parts.addAll(feedback.getSuggestions(reader));
        return String.join(" ", parts).strip();
    }
}
