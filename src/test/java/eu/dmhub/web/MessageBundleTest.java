package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.SameAsEnglish;
import eu.dmhub.shared.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user-facing text comes from the message bundles, and every bundle is complete in every
 * language of the platform: a key missing or left in English, a lost placeholder, a key used but
 * never defined, or a hard-coded word in a template fails.
 */
class MessageBundleTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final List<String> LANGUAGES = Language.SUPPORTED.stream()
            .map(Language::code)
            .filter(code -> !code.equals("en"))
            .toList();
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("title", "alt", "placeholder", "aria-label", "label", "content");

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                RESOURCES.resolve("i18n").resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "nace"})
    void everyLanguageHasExactlyTheKeysOfEnglish(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(bundle(bundle).stringPropertyNames());
        for (String language : LANGUAGES) {
            Properties translated = bundle(bundle + "_" + language);
            assertThat(new TreeSet<>(translated.stringPropertyNames()))
                    .as("keys of %s_%s", bundle, language)
                    .isEqualTo(english);
            translated.forEach((key, value) ->
                    assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "nace"})
    void nothingIsLeftInEnglish(String bundle) throws IOException {
        Properties english = bundle(bundle);
        var leftInEnglish = new TreeSet<String>();
        for (String language : LANGUAGES) {
            Properties translated = bundle(bundle + "_" + language);
            english.forEach((key, value) -> {
                if (value.equals(translated.get(key))
                        && !SameAsEnglish.allowed(language, bundle + ":" + key, value.toString())) {
                    leftInEnglish.add(language + " " + bundle + ":" + key + " = " + value);
                }
            });
        }
        assertThat(leftInEnglish)
                .as("texts equal to English; a proper name or a word that is the same in the language " + "belongs in "
                        + SameAsEnglish.FILE)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "nace"})
    void placeholdersAreKeptAndQuotesWrittenForMessageFormat(String bundle) throws IOException {
        Properties english = bundle(bundle);
        var placeholder = Pattern.compile("\\{(\\d+)");
        var wrong = new TreeSet<String>();
        for (String language : LANGUAGES) {
            Properties translated = bundle(bundle + "_" + language);
            english.forEach((key, value) -> {
                String text = translated.getProperty(key.toString(), "");
                Set<String> expected = new TreeSet<>(placeholder
                        .matcher(value.toString())
                        .results()
                        .map(m -> m.group(1))
                        .toList());
                Set<String> found = new TreeSet<>(
                        placeholder.matcher(text).results().map(m -> m.group(1)).toList());
                if (!expected.equals(found)) {
                    wrong.add(language + " " + key + ": arguments " + found + " instead of " + expected);
                }
                if (!expected.isEmpty() && text.matches("(?s).*(?<!')'(?!').*")) {
                    wrong.add(language + " " + key + ": a single ' (MessageFormat needs '')");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = bundle("messages");
        english.putAll(bundle("nace"));
        var pattern = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)[}(]");
        var missing = new TreeSet<String>();
        for (Path template : templates()) {
            var matcher = pattern.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!english.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeNamesExists() throws IOException {
        Properties english = bundle("messages");
        var pattern = Pattern.compile("\"((?:error|problem)\\.[a-z0-9.-]+)\"");
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        var found = new ArrayList<String>();
        for (Path template : templates()) {
            var document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
                if (!replaced && !insideReplaced(element)) {
                    for (TextNode text : element.textNodes()) {
                        if (text.text().codePoints().anyMatch(Character::isLetter)) {
                            found.add(TEMPLATES.relativize(template) + ": \""
                                    + text.text().strip() + "\"");
                        }
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && attribute.getValue().codePoints().anyMatch(Character::isLetter)
                            && !element.tagName().equals("meta")) {
                        found.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(found).as("hard-coded text in templates").isEmpty();
    }

    private static boolean insideReplaced(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
