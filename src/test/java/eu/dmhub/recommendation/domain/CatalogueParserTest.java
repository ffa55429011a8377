package eu.dmhub.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dmhub.recommendation.domain.CatalogueEntry.Type;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class CatalogueParserTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /**
     * The vocabulary the application derives from the dma and dii models, read here from the model
     * files themselves.
     */
    static CatalogueParser.Vocabulary vocabulary() throws IOException {
        Map<?, ?> model = (Map<?, ?>) read("/models/dma-v1.yaml");
        var dimensions = new ArrayList<String>();
        ((List<?>) model.get("dimensions")).forEach(d -> dimensions.add((String) ((Map<?, ?>) d).get("id")));
        var levels = new ArrayList<String>();
        ((List<?>) model.get("levels")).forEach(l -> levels.add((String) ((Map<?, ?>) l).get("id")));
        var indicators = new ArrayList<String>();
        ((List<?>) ((Map<?, ?>) read("/models/dii-v1.yaml")).get("dimensions"))
                .forEach(d -> ((List<?>) ((Map<?, ?>) d).get("questions"))
                        .forEach(q -> indicators.add((String) ((Map<?, ?>) q).get("id"))));
        return new CatalogueParser.Vocabulary(dimensions, levels, List.of("en", "et"), indicators);
    }

    private static Object read(String resource) throws IOException {
        try (InputStream in = CatalogueParserTest.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, Object.class);
        }
    }

    @Test
    void theShippedCatalogueOffersAChoiceForEveryDimensionAtEveryLevel() throws Exception {
        var vocabulary = vocabulary();
        List<CatalogueEntry> entries = shippedCatalogue(vocabulary);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(80);
        assertThat(entries).extracting(CatalogueEntry::id).doesNotHaveDuplicates();
        assertThat(entries).extracting(CatalogueEntry::type).contains(Type.values());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.title().keySet()).as(e.id()).containsAll(vocabulary.languages());
            assertThat(e.description().keySet()).as(e.id()).containsAll(vocabulary.languages());
            assertThat(!e.realOffer() || (e.link() != null && e.source() != null && e.checked() != null))
                    .as("%s names a real offer, so it links to it and says where and when it was checked", e.id())
                    .isTrue();
            assertThat(!e.example() || e.link() == null)
                    .as("%s is an example, so it links to no real offer", e.id())
                    .isTrue();
            assertThat(e.type() != Type.PEER_EXAMPLE || e.example())
                    .as("%s describes an anonymous company, so it must be marked as an example", e.id())
                    .isTrue();
        });
        for (String dimension : vocabulary.dimensions()) {
            for (String level : vocabulary.levels()) {
                assertThat(entries)
                        .as("entries for %s at level %s", dimension, level)
                        .filteredOn(e -> e.dimensions().contains(dimension) && suits(e, level, vocabulary.levels()))
                        .hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(entries)
                .as("the region's kinds of support")
                .anyMatch(e -> e.type() == Type.DIH_SERVICE && says(e, "test before invest"))
                .anyMatch(e -> e.type() == Type.TRAINING && says(e, "digital skills training"))
                .anyMatch(e -> e.type() == Type.SUPPORT_PROGRAMME && says(e, "voucher"));
    }

    @Test
    void everyDiiIndicatorHasAnEntryThatHelpsAtLeastOneCompanyMeetIt() throws Exception {
        var vocabulary = vocabulary();
        List<CatalogueEntry> entries = shippedCatalogue(vocabulary);

        assertThat(vocabulary.indicators()).hasSize(12);
        for (String indicator : vocabulary.indicators()) {
            assertThat(entries)
                    .as("entries that help with the dii indicator %s", indicator)
                    .anyMatch(e -> e.indicators().contains(indicator)
                            && e.countries().isEmpty()
                            && e.sectors().isEmpty()
                            && e.sizes().isEmpty());
        }
    }

    /** Every file of the catalogue folder, as the application reads them at start-up. */
    static List<CatalogueEntry> shippedCatalogue(CatalogueParser.Vocabulary vocabulary) throws Exception {
        Path folder =
                Path.of(CatalogueParserTest.class.getResource("/catalogue").toURI());
        var entries = new ArrayList<CatalogueEntry>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String name = file.getFileName().toString();
                entries.addAll(CatalogueParser.parse(name, read("/catalogue/" + name), vocabulary));
            }
        }
        return entries;
    }

    private static boolean suits(CatalogueEntry entry, String level, List<String> levels) {
        int at = levels.indexOf(level);
        return levels.indexOf(entry.fromLevel()) <= at && at <= levels.indexOf(entry.toLevel());
    }

    private static boolean says(CatalogueEntry entry, String words) {
        return (entry.title().get("en") + " " + entry.description().get("en"))
                .toLowerCase(Locale.ROOT)
                .contains(words);
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
                        "broken-catalogue.yaml: entry cloud-course: indicators: unknown dii indicator blockchain (known:"
                                + " [internet-staff, fast-broadband, ict-specialists, erp, crm, social-media, cloud,"
                                + " analytics, ai, ecommerce-1pct, web-sales-b2c, website])",
                        "broken-catalogue.yaml: entry cloud-course: indicators: names an indicator twice",
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
                        "broken-catalogue.yaml: entry fine-entry: provider: is required: a name, or a description per language: [en, et]");
        assertThat(problems).noneMatch(p -> p.contains("entry fine-entry: dimensions"));
    }

    @Test
    void aRealOfferNamesItsProviderLanguagesLinkSourceAndDate() throws IOException {
        String offer = """
                id: a-real-course
                type: training
                title: {en: A course, et: Kursus}
                description: {en: Learn., et: Õpi.}
                dimensions: [human]
                maturity: {from: basic, to: average}
                effort-days: 3
                cost: free
                provider: A University
                """;
        assertThat(problems(offer))
                .containsExactlyInAnyOrder(
                        "languages: is required: a real offer (neither an example nor advice of Digital Maturity"
                                + " Hub) says the languages it is given in (ISO 639-1 codes)",
                        "link: is required: a real offer (neither an example nor advice of Digital Maturity Hub)"
                                + " links to the offer (https)",
                        "source: is required: a real offer (neither an example nor advice of Digital Maturity Hub)"
                                + " gives the https address where its facts were checked",
                        "checked: is required: a real offer (neither an example nor advice of Digital Maturity"
                                + " Hub) gives the date its facts were checked (YYYY-MM-DD)");

        CatalogueEntry complete = entry(offer
                + "languages: [et, en, et]\nlink: https://example.edu/course\nsource: https://example.edu/facts\n"
                + "checked: 2026-12-03\n");
        assertThat(complete.realOffer()).isTrue();
        assertThat(complete.languages()).containsExactly("et", "en");
        assertThat(complete.source()).isEqualTo("https://example.edu/facts");
        assertThat(complete.checked()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));

        assertThat(problems(offer.replace("provider: A University", "provider: {en: A university, et: Ülikool}")
                        + "languages: [xx, EN]\nlink: https://example.edu/course\nsource: http://example.edu/facts\n"
                        + "checked: 3.12.2026\n"))
                .containsExactlyInAnyOrder(
                        "languages: unknown language code xx (ISO 639-1, lower case, e.g. et)",
                        "languages: unknown language code EN (ISO 639-1, lower case, e.g. et)",
                        "source: must be an https address",
                        "checked: must be a date written YYYY-MM-DD, not 3.12.2026");
        assertThat(problems(offer.replace("provider: A University", "provider: {en: A university, et: Ülikool}")
                        + "languages: [et]\nlink: https://example.edu/course\nsource: https://example.edu/facts\n"
                        + "checked: 2026-12-03\n"))
                .containsExactly("provider: a real offer (neither an example nor advice of Digital Maturity Hub)"
                        + " names its provider: one text, not a description per language");
    }

    @Test
    void anExampleLinksToNoRealOfferAndOurOwnAdviceNeedsNoLink() throws IOException {
        String example = """
                id: an-example
                type: dih-service
                title: {en: A service, et: Teenus}
                description: {en: Help., et: Abi.}
                dimensions: [data]
                maturity: {from: basic, to: basic}
                effort-days: 1
                cost: low
                provider: {en: Your regional hub, et: Teie piirkonna keskus}
                example: true
                """;
        assertThat(entry(example).example()).isTrue();
        assertThat(problems(example + "link: https://example.com/a-hub\n"))
                .containsExactly("link: an example names no real offer, so it must not link to one");

        CatalogueEntry advice = entry(example.replace("example: true", "provider: Digital Maturity Hub")
                .replace("provider: {en: Your regional hub, et: Teie piirkonna keskus}\n", ""));
        assertThat(advice.ownAdvice()).isTrue();
        assertThat(advice.realOffer()).isFalse();
        assertThat(advice.offeredIn("lv")).isTrue();
    }

    private static CatalogueEntry entry(String yaml) throws IOException {
        return CatalogueParser.parseEntry("test", "", YAML.readValue(yaml, Object.class), vocabulary());
    }

    /** The problems of one entry, each as “place: reason”. */
    private static List<String> problems(String yaml) throws IOException {
        Object tree = YAML.readValue(yaml, Object.class);
        var vocabulary = vocabulary();
        InvalidCatalogue invalid = catchThrowableOfType(
                InvalidCatalogue.class, () -> CatalogueParser.parseEntry("test", "", tree, vocabulary));
        assertThat(invalid).as("refused: %s", yaml).isNotNull();
        return invalid.problems().stream()
                .map(p -> p.path() + ": " + p.message())
                .toList();
    }

    @Test
    void anEntryNamesTheDiiIndicatorsItHelpsWithInItsOwnOrderOrNone() throws IOException {
        List<?> entries = (List<?>) ((Map<?, ?>) read("/broken-catalogue/broken-catalogue.yaml")).get("entries");
        var tagged = new java.util.LinkedHashMap<Object, Object>((Map<?, ?>) entries.get(0));
        tagged.put("indicators", List.of("crm", "erp"));

        assertThat(CatalogueParser.parseEntry("edit", "", tagged, vocabulary()).indicators())
                .containsExactly("crm", "erp");
        assertThat(CatalogueParser.parseEntry("edit", "", entries.get(0), vocabulary())
                        .indicators())
                .isEmpty();
        assertThat(CatalogueWriter.tree(CatalogueParser.parseEntry("edit", "", tagged, vocabulary())))
                .containsEntry("indicators", List.of("crm", "erp"));
        assertThat(CatalogueWriter.tree(CatalogueParser.parseEntry("edit", "", entries.get(0), vocabulary())))
                .doesNotContainKey("indicators");
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
