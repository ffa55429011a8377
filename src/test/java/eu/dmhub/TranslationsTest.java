package eu.dmhub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.shared.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Both questionnaire models and the recommendation catalogue speak every language of the platform:
 * each text (a mapping from language codes to words) gives exactly the supported languages, none
 * blank, none left in English unless {@link SameAsEnglish} lists it as rightly the same.
 */
class TranslationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> LANGUAGES =
            Language.SUPPORTED.stream().map(Language::code).toList();

    /** Both models and every file of the catalogue folder, so that a new catalogue file is checked too. */
    static List<String> translatedFiles() throws IOException {
        var files = new ArrayList<>(List.of("models/dma-v1.yaml", "models/dii-v1.yaml"));
        try (var catalogue = Files.list(RESOURCES.resolve("catalogue"))) {
            catalogue
                    .map(f -> "catalogue/" + f.getFileName())
                    .filter(f -> f.endsWith(".yaml"))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest
    @MethodSource("translatedFiles")
    void everyTextIsInEveryLanguage(String file) throws IOException {
        Object tree;
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        String name = Path.of(file).getFileName().toString().replace(".yaml", "");
        var texts = new ArrayList<String>();
        var problems = new TreeSet<String>();
        walk(tree, "", (path, byLanguage) -> {
            texts.add(path);
            if (!byLanguage.keySet().equals(new java.util.HashSet<>(LANGUAGES))) {
                problems.add(path + ": languages " + byLanguage.keySet());
            }
            String english = String.valueOf(byLanguage.get("en"));
            byLanguage.forEach((code, words) -> {
                String language = String.valueOf(code);
                if (!(words instanceof String text) || text.isBlank()) {
                    problems.add(path + "." + language + ": blank");
                } else if (!language.equals("en")
                        && text.equals(english)
                        && !SameAsEnglish.allowed(language, name + ":" + path, text)) {
                    problems.add(path + "." + language + ": left in English: " + text);
                }
            });
        });
        assertThat(texts).as("texts found in %s", file).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
        if (tree instanceof Map<?, ?> root && root.containsKey("languages")) {
            assertThat(root.get("languages"))
                    .as("the model declares every language")
                    .isEqualTo(LANGUAGES);
        }
    }

    /** The glossary gives every term in every language: a table with a column per language, no cell empty. */
    @Test
    void theGlossaryGivesEveryTermInEveryLanguage() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs/glossary.md")).stream()
                .filter(line -> line.startsWith("|") && !line.startsWith("|---"))
                .toList();
        List<String> header = cells(rows.get(0));
        assertThat(header).hasSize(LANGUAGES.size());
        LANGUAGES.stream().filter(code -> !code.equals("en")).forEach(code -> assertThat(header)
                .anyMatch(title -> title.endsWith("(" + code + ")")));
        assertThat(rows).as("terms").hasSizeGreaterThan(40);
        rows.forEach(
                row -> assertThat(cells(row)).as(row).hasSize(LANGUAGES.size()).noneMatch(String::isBlank));
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return java.util.Arrays.stream(inner.split("(?<!\\\\)\\|"))
                .map(String::strip)
                .toList();
    }

    interface TextVisitor {
        void text(String path, Map<?, ?> byLanguage);
    }

    /** Calls back for every mapping whose keys are all language codes and include English. */
    private static void walk(Object node, String path, TextVisitor visitor) {
        if (node instanceof Map<?, ?> map) {
            boolean text = map.containsKey("en")
                    && map.keySet().stream().allMatch(k -> String.valueOf(k).matches("[a-z]{2}"));
            if (text) {
                visitor.text(path, map);
                return;
            }
            map.forEach((key, value) -> walk(value, path.isEmpty() ? key.toString() : path + "." + key, visitor));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                String label = item instanceof Map<?, ?> m && m.get("id") != null
                        ? m.get("id").toString()
                        : "" + i;
                walk(item, path + "[" + label + "]", visitor);
            }
        }
    }
}
