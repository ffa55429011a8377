package eu.dmhub.identity.domain;

import eu.dmhub.shared.InvalidInput.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules for a new person's e-mail address, password and name. */
public final class Credentials {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";

    private Credentials() {}

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static List<Problem> check(String email, String password, String name) {
        var problems = new ArrayList<Problem>();
        String normalised = normaliseEmail(email);
        if (normalised.isEmpty()) {
            problems.add(Problem.of("email", "error.required"));
        } else if (normalised.length() > 254 || !normalised.matches(EMAIL)) {
            problems.add(Problem.of("email", "error.email.format"));
        }
        if (password == null || password.isEmpty()) {
            problems.add(Problem.of("password", "error.required"));
        } else if (password.length() < MIN_PASSWORD) {
            problems.add(Problem.of("password", "error.password.too-short", MIN_PASSWORD));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(Problem.of("password", "error.too-long", MAX_PASSWORD));
        }
        String trimmedName = CompanyDetails.trimmed(name);
        if (trimmedName.isEmpty()) {
            problems.add(Problem.of("name", "error.required"));
        } else if (trimmedName.length() > 120) {
            problems.add(Problem.of("name", "error.too-long", 120));
        }
        return problems;
    }
}
