package eu.dmhub.recommendation.application;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueParser;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import eu.dmhub.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The recommendation catalogue, read at start-up from {@code dmhub.recommendation.catalogue}
 * (default {@code classpath*:catalogue/*.yaml}) and checked against the dma model's dimensions and
 * levels; a bad file stops start-up naming the file, the entry and the reason.
 */
@Component
public class Catalogue implements SmartInitializingSingleton {

    /** The model whose dimensions and maturity levels entries refer to. */
    public static final String MODEL = "dma";

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Questionnaires questionnaires;
    private final ResourcePatternResolver resources;
    private final String locations;
    private volatile List<CatalogueEntry> entries = List.of();
    private volatile CatalogueParser.Vocabulary vocabulary;

    Catalogue(
            Questionnaires questionnaires,
            ResourcePatternResolver resources,
            @Value("${dmhub.recommendation.catalogue:classpath*:catalogue/*.yaml}") String locations) {
        this.questionnaires = questionnaires;
        this.resources = resources;
        this.locations = locations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var all = new ArrayList<CatalogueEntry>();
        var problems = new ArrayList<InvalidCatalogue.Problem>();
        vocabulary = readVocabulary();
        try {
            for (Resource resource : resources.getResources(locations)) {
                String file = resource.getFilename();
                try {
                    Object tree = YAML.readValue(resource.getContentAsString(StandardCharsets.UTF_8), Object.class);
                    all.addAll(CatalogueParser.parse(file, tree, vocabulary));
                } catch (InvalidCatalogue e) {
                    problems.addAll(e.problems());
                } catch (JacksonException e) {
                    problems.add(
                            new InvalidCatalogue.Problem(file, "", "", "not valid YAML: " + e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recommendation catalogue at " + locations, e);
        }
        var seen = new java.util.HashSet<String>();
        all.stream()
                .filter(e -> !seen.add(e.id()))
                .forEach(e -> problems.add(new InvalidCatalogue.Problem("", e.id(), "id", "is used in two files")));
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(problems);
        }
        all.sort(Comparator.comparing(CatalogueEntry::id));
        entries = List.copyOf(all);
        log.info("Recommendation catalogue: {} entries", entries.size());
    }

    /** What entries may refer to: the newest dma version's dimensions and levels, English and Estonian. */
    CatalogueParser.Vocabulary vocabulary() {
        return vocabulary;
    }

    private CatalogueParser.Vocabulary readVocabulary() {
        int version = questionnaires
                .latest(MODEL, Language.ENGLISH)
                .orElseThrow(() -> new IllegalStateException("The catalogue needs the " + MODEL + " model"))
                .version();
        return new CatalogueParser.Vocabulary(
                List.copyOf(questionnaires
                        .dimensionTitles(MODEL, version, Language.ENGLISH)
                        .keySet()),
                questionnaires.levelIds(MODEL, version),
                Language.SUPPORTED.stream().map(Language::code).toList());
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
