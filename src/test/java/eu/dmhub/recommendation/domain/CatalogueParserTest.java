package eu.dmhub.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class CatalogueParserTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The vocabulary the application derives from the dma model, read here from the model file itself. */
    static CatalogueParser.Vocabulary vocabulary() throws IOException {
        Map<?, ?> model = (Map<?, ?>) read("/models/dma-v1.yaml");
        var dimensions = new ArrayList<String>();
        ((List<?>) model.get("dimensions")).forEach(d -> dimensions.add((String) ((Map<?, ?>) d).get("id")));
        var levels = new ArrayList<String>();
        ((List<?>) model.get("levels")).forEach(l -> levels.add((String) ((Map<?, ?>) l).get("id")));
        return new CatalogueParser.Vocabulary(dimensions, levels, List.of("en", "et"));
    }

    private static Object read(String resource) throws IOException {
        try (InputStream in = CatalogueParserTest.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, Object.class);
        }
    }

    @Test
    void theShippedCatalogueIsValidAndCoversEveryDimensionAtEveryLevel() throws IOException {
        var vocabulary = vocabulary();
        List<CatalogueEntry> entries =
                CatalogueParser.parse("catalogue-v1.yaml", read("/catalogue/catalogue-v1.yaml"), vocabulary);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(10);
        assertThat(entries.stream().flatMap(e -> e.dimensions().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(vocabulary.dimensions());
        assertThat(entries).allSatisfy(e -> assertThat(e.title()).containsKeys("en", "et"));
        for (String dimension : vocabulary.dimensions()) {
            for (int level = 0; level < vocabulary.levels().size(); level++) {
                int at = level;
                assertThat(entries)
                        .as(
                                "an entry for %s at level %s",
                                dimension, vocabulary.levels().get(level))
                        .anyMatch(e -> e.dimensions().contains(dimension)
                                && vocabulary.levels().indexOf(e.fromLevel()) <= at
                                && at <= vocabulary.levels().indexOf(e.toLevel()));
            }
        }
    }

    @Test
    void aBadEntryIsRefusedWithFileEntryAndReason() throws IOException {
        InvalidCatalogue invalid = catchThrowableOfType(
                InvalidCatalogue.class,
                () -> CatalogueParser.parse(
                        "broken-catalogue.yaml", read("/broken-catalogue/broken-catalogue.yaml"), vocabulary()));
        List<String> problems = invalid.problems().stream()
                .map(InvalidCatalogue.Problem::toString)
                .toList();
        assertThat(problems)
                .contains(
                        "broken-catalogue.yaml: entry cloud-course: type: must be one of [training, good-practice, tool,"
                                + " dih-service, support-programme, peer-example]",
                        "broken-catalogue.yaml: entry cloud-course: title: missing translation for 'et'",
                        "broken-catalogue.yaml: entry cloud-course: dimensions: unknown dimension clouds (known: [strategy,"
                                + " readiness, human, data, automation, green])",
                        "broken-catalogue.yaml: entry cloud-course: maturity: from advanced lies above to basic",
                        "broken-catalogue.yaml: entry cloud-course: sectors: unknown NACE section Z",
                        "broken-catalogue.yaml: entry cloud-course: countries: unknown country code XX",
                        "broken-catalogue.yaml: entry cloud-course: sizes: unknown size class HUGE (MICRO, SMALL, MEDIUM,"
                                + " LARGE)",
                        "broken-catalogue.yaml: entry cloud-course: effort-days: must be a whole number of days from 1 to"
                                + " 365",
                        "broken-catalogue.yaml: entry cloud-course: cost: must be one of [free, low, medium, high]",
                        "broken-catalogue.yaml: entry cloud-course: link: must be an https address",
                        "broken-catalogue.yaml: entry cloud-course: colour: unknown key",
                        "broken-catalogue.yaml: entry fine-entry: id: is used by another entry",
                        "broken-catalogue.yaml: entry fine-entry: provider: is required");
        assertThat(problems).noneMatch(p -> p.contains("entry fine-entry: dimensions"));
    }

    @Test
    void anEntryOnItsOwnIsCheckedByTheRulesOfTheFiles() throws IOException {
        List<?> entries = (List<?>) ((Map<?, ?>) read("/broken-catalogue/broken-catalogue.yaml")).get("entries");
        InvalidCatalogue invalid = catchThrowableOfType(
                InvalidCatalogue.class,
                () -> CatalogueParser.parseEntry("edit", "cloud-course", entries.get(1), vocabulary()));
        assertThat(invalid.problems().stream().map(InvalidCatalogue.Problem::toString))
                .contains(
                        "edit: entry cloud-course: maturity: from advanced lies above to basic",
                        "edit: entry cloud-course: colour: unknown key");

        var withoutId = new java.util.LinkedHashMap<Object, Object>((Map<?, ?>) entries.get(0));
        withoutId.remove("id");
        InvalidCatalogue unnamed = catchThrowableOfType(
                InvalidCatalogue.class,
                () -> CatalogueParser.parseEntry("edit", "the-edited-one", withoutId, vocabulary()));
        assertThat(unnamed.problems().stream().map(InvalidCatalogue.Problem::toString))
                .containsExactly(
                        "edit: entry the-edited-one: id: must be an id of lower-case letters, digits and hyphens");

        assertThat(CatalogueParser.parseEntry("edit", "", entries.get(0), vocabulary())
                        .id())
                .isEqualTo("fine-entry");
    }
}
