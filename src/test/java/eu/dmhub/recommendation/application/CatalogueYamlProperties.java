package eu.dmhub.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Level;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueParser;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import eu.dmhub.shared.SizeClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An entry written out for editing reads back as the same entry, whatever its texts hold. */
class CatalogueYamlProperties {

    private static final CatalogueParser.Vocabulary VOCABULARY = vocabulary();

    @Example
    void everyShippedEntryWrittenOutReadsBackAsItself() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/catalogue"))) {
            for (Path file : files.toList()) {
                Object tree = CatalogueYaml.read(file.toString(), "", Files.readString(file));
                List<CatalogueEntry> entries = CatalogueParser.parse(file.toString(), tree, VOCABULARY);
                assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(readBack(e))
                        .isEqualTo(e));
            }
        }
    }

    @Property
    void anEntryWrittenOutReadsBackAsItself(@ForAll("entries") CatalogueEntry entry) {
        assertThat(readBack(entry)).isEqualTo(entry);
    }

    @Example
    void theTextIsOneEntryInTheFilesStyle() {
        String yaml = CatalogueYaml.write(entry("NO", "yes: no # not a comment", "true"));
        assertThat(yaml)
                .startsWith("id: an-entry\ntype: training\ntitle:\n  en: ")
                .contains("maturity:\n  from: basic\n  to: average\n")
                .doesNotContain("---", "sectors", "link");
    }

    @Example
    void textsThatReadLikeNumbersStayTexts() {
        for (String text : List.of("4E2", "1e-3", "0x1F", "1:20", ".inf", "2030", "0o17", "-.5")) {
            CatalogueEntry entry = entry("NO", text, text);
            assertThat(readBack(entry)).as(text).isEqualTo(entry);
        }
    }

    @Example
    void brokenTextIsNamedByEntryLineAndReasonOnOneLine() {
        var unclosed = catchThrowableOfType(
                        InvalidCatalogue.class, () -> CatalogueYaml.read("", "an-entry", "id: an-entry\ntitle: [en\n"))
                .problems();
        assertThat(unclosed).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("an-entry");
            assertThat(p.message())
                    .startsWith("not valid YAML at line ")
                    .contains("flow sequence")
                    .doesNotContain("\n");
        });
        var twice = catchThrowableOfType(
                        InvalidCatalogue.class,
                        () -> CatalogueYaml.read("", "an-entry", "id: a\ncost: free\ncost: low\n"))
                .problems();
        assertThat(twice).singleElement().satisfies(p -> assertThat(p.message()).contains("cost"));
    }

    @Example
    void aBreakIsPlacedUnderTheKeysThatLeadToItsLine() {
        String text = "id: an-entry\ntitle:\n  en: Budget\n  et: \"Eelarve\n\n# a comment\ndescription: # texts\n"
                + "  en: >\n    Two lines\n    of text\ncost: free\n";
        assertThat(CatalogueYaml.fieldAt(text, 1)).isEqualTo("id");
        assertThat(CatalogueYaml.fieldAt(text, 2)).isEqualTo("title");
        assertThat(CatalogueYaml.fieldAt(text, 4)).isEqualTo("title.et");
        assertThat(CatalogueYaml.fieldAt(text, 6)).isEqualTo("title.et");
        assertThat(CatalogueYaml.fieldAt(text, 10)).isEqualTo("description.en");
        assertThat(CatalogueYaml.fieldAt(text, 11)).isEqualTo("cost");
        assertThat(CatalogueYaml.fieldAt(text, 99)).isEqualTo("cost");
        assertThat(CatalogueYaml.fieldAt("id: a\n  type: tool\n", 2)).isEqualTo("type");
        assertThat(CatalogueYaml.fieldAt("[", 1)).isEmpty();
    }

    private static CatalogueEntry readBack(CatalogueEntry entry) {
        String yaml = CatalogueYaml.write(entry);
        return CatalogueParser.parseEntry("", entry.id(), CatalogueYaml.read("", entry.id(), yaml), VOCABULARY);
    }

    @Provide
    Arbitrary<CatalogueEntry> entries() {
        Arbitrary<String> texts = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("äöüõšžÄÖ„“–\u00a0")
                .ofMinLength(1)
                .ofMaxLength(119)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        Arbitrary<String> countries = Arbitraries.of("EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO");
        return Combinators.combine(texts, texts, texts, countries, Arbitraries.of(true, false))
                .as((title, description, provider, country, linked) -> new CatalogueEntry(
                        "an-entry",
                        CatalogueEntry.Type.PEER_EXAMPLE,
                        Map.of("en", title, "et", "„" + title.substring(1)),
                        Map.of("en", description, "et", description),
                        List.of("data", "green"),
                        "average",
                        "advanced",
                        linked ? List.of("crm", "erp") : List.of(),
                        Set.of("C", "J"),
                        Set.of(country),
                        Set.of(SizeClass.MICRO, SizeClass.LARGE),
                        12,
                        CatalogueEntry.Cost.HIGH,
                        // a real offer (a name, languages, link, source and date) or an example (a
                        // description per language, nothing else): both must come back
                        linked ? Map.of("en", provider) : Map.of("en", provider, "et", provider + "."),
                        linked ? List.of("et", "ru", "en") : List.of(),
                        linked ? "https://example.com/a?b=c#d" : null,
                        linked ? "https://example.com/facts" : null,
                        linked ? LocalDate.of(2026, 12, 3) : null,
                        !linked));
    }

    private static CatalogueEntry entry(String country, String title, String provider) {
        return new CatalogueEntry(
                "an-entry",
                CatalogueEntry.Type.TRAINING,
                Map.of("en", title, "et", title),
                Map.of("en", "-", "et", "*"),
                List.of("data"),
                "basic",
                "average",
                List.of(),
                Set.of(),
                Set.of(country),
                Set.of(),
                1,
                CatalogueEntry.Cost.FREE,
                Map.of("en", provider),
                List.of(),
                null,
                null,
                null,
                true);
    }

    /** The dma model's dimensions and levels and the dii model's indicators, read from the model files as the application reads them. */
    private static CatalogueParser.Vocabulary vocabulary() {
        try {
            QuestionnaireModel dma = ModelCatalog.parse(
                    "models/dma-v1.yaml", Files.readAllBytes(Path.of("src/main/resources/models/dma-v1.yaml")));
            QuestionnaireModel dii = ModelCatalog.parse(
                    "models/dii-v1.yaml", Files.readAllBytes(Path.of("src/main/resources/models/dii-v1.yaml")));
            return new CatalogueParser.Vocabulary(
                    dma.dimensions().stream().map(Dimension::id).toList(),
                    dma.levels().stream().map(Level::id).toList(),
                    List.of("en", "et"),
                    dii.questions().map(q -> q.id()).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
