package eu.dmhub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reviewed list of translated texts that are rightly the same as English: proper names,
 * abbreviations and words the language shares (“Status” in German). Each line of {@link #FILE} is
 * a language code (or *) and where the text is: {@code messages:key}, {@code nace:key} or
 * {@code <file>:<path>} for a model or catalogue file; # starts a comment.
 */
public final class SameAsEnglish {

    public static final Path FILE = Path.of("src/test/resources/i18n/same-as-english.txt");

    private static final Set<String> ALLOWED = read();

    private SameAsEnglish() {}

    /** Whether {@code text}, found in {@code language} at {@code where}, may equal English. */
    public static boolean allowed(String language, String where, String text) {
        boolean wordless = text.codePoints().noneMatch(Character::isLetter);
        return wordless || ALLOWED.contains(language + " " + where) || ALLOWED.contains("* " + where);
    }

    private static Set<String> read() {
        try {
            return Files.readAllLines(FILE).stream()
                    .map(line -> line.replaceAll("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.replaceAll("\\s+", " "))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
