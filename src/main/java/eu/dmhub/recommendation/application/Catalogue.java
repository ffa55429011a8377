package eu.dmhub.recommendation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueParser;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import eu.dmhub.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The recommendation catalogue in effect: the entries of the files under
 * {@code dmhub.recommendation.catalogue} (default {@code classpath*:catalogue/*.yaml}), checked at
 * start-up against the dma model's dimensions and levels (a bad file stops start-up naming the file,
 * the entry and the reason), each replaced by its latest revision saved in the app, if any.
 *
 * <p>Every instance keeps the catalogue in memory and compares the store's version with the one it
 * built from at most once per {@code dmhub.recommendation.catalogue-check-interval} (1 s), so it
 * sees its own saves at once and other instances' within that interval.
 */
@Component
public class Catalogue implements SmartInitializingSingleton {

    /** The model whose dimensions and maturity levels entries refer to. */
    public static final String MODEL = "dma";

    /** The model whose indicators entries may name ({@code indicators}), to serve its results. */
    public static final String INDICATOR_MODEL = "dii";

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);
    private static final String VERSION = "version";

    /**
     * The catalogue built from one store version: every entry by id (withdrawn ones too), the
     * entries in effect in id order, and the latest revision of each entry saved in the app.
     */
    record View(
            long version,
            Map<String, CatalogueEntry> byId,
            List<CatalogueEntry> entries,
            Map<String, CatalogueStore.Revision> revisions) {}

    private final Questionnaires questionnaires;
    private final ResourcePatternResolver resources;
    private final String locations;
    private final CatalogueStore store;
    private final Cache<String, Long> versions;
    private volatile Map<String, CatalogueEntry> shipped = Map.of();
    private volatile View view = new View(-1, Map.of(), List.of(), Map.of());
    private volatile CatalogueParser.Vocabulary vocabulary;

    Catalogue(
            Questionnaires questionnaires,
            ResourcePatternResolver resources,
            @Value("${dmhub.recommendation.catalogue:classpath*:catalogue/*.yaml}") String locations,
            CatalogueStore store,
            @Value("${dmhub.recommendation.catalogue-check-interval:PT1S}") Duration checkInterval) {
        this.questionnaires = questionnaires;
        this.resources = resources;
        this.locations = locations;
        this.store = store;
        this.versions = Caffeine.newBuilder()
                .expireAfterWrite(checkInterval)
                .maximumSize(1)
                .build();
    }

    @Override
    public void afterSingletonsInstantiated() {
        vocabulary = readVocabulary();
        shipped = readFiles();
        view = build();
        log.info(
                "Recommendation catalogue: {} entries from files, {} saved in the app",
                shipped.size(),
                view.revisions().size());
    }

    /** The entries in effect, in id order: withdrawn ones left out. */
    public List<CatalogueEntry> entries() {
        return current().entries();
    }

    /** The entry with this id as it is now, withdrawn or not: what a plan or a stable link refers to. */
    public Optional<CatalogueEntry> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** Whether an administrator has withdrawn the entry: gone from the toolbox, still found by id. */
    public boolean withdrawn(String id) {
        CatalogueStore.Revision revision = current().revisions().get(id);
        return revision != null && revision.withdrawn();
    }

    /** What entries may refer to: the newest dma version's dimensions and levels, the languages, the newest dii version's indicators. */
    CatalogueParser.Vocabulary vocabulary() {
        return vocabulary;
    }

    Optional<CatalogueEntry> shipped(String id) {
        return Optional.ofNullable(shipped.get(id));
    }

    /** The catalogue now, rebuilt first when the store has moved on since it was built. */
    View current() {
        long version = versions.get(VERSION, k -> store.version());
        View current = view;
        if (version > current.version()) {
            synchronized (this) {
                current = view;
                if (version > current.version()) {
                    current = build();
                    view = current;
                }
            }
        }
        return current;
    }

    /** Forgets the version read, so that this instance's next look reads the save it has just committed. */
    void changed() {
        versions.invalidateAll();
    }

    /** Checks one entry's YAML text by the rules of the files; {@code label} names it in problems. */
    CatalogueEntry parse(String label, String yaml) {
        return CatalogueParser.parseEntry("", label, CatalogueYaml.read("", label, yaml), vocabulary);
    }

    /** The version is read before the revisions, so a view never claims a save it does not hold. */
    private View build() {
        long version = store.version();
        var byId = new TreeMap<>(shipped);
        var revisions = new HashMap<String, CatalogueStore.Revision>();
        for (CatalogueStore.Revision revision : store.latest()) {
            try {
                byId.put(revision.entryId(), parse(revision.entryId(), revision.yaml()));
                revisions.put(revision.entryId(), revision);
            } catch (InvalidCatalogue e) {
                // only when the dma model has changed since the save; the files' entry (if any) stays
                log.error(
                        "Catalogue entry {} revision {} saved in the app no longer passes the checks and is left"
                                + " out until it is saved again: {}",
                        revision.entryId(),
                        revision.number(),
                        e.getMessage());
            }
        }
        List<CatalogueEntry> entries = byId.values().stream()
                .filter(e ->
                        !(revisions.containsKey(e.id()) && revisions.get(e.id()).withdrawn()))
                .toList();
        return new View(version, Map.copyOf(byId), entries, Map.copyOf(revisions));
    }

    private Map<String, CatalogueEntry> readFiles() {
        var all = new TreeMap<String, CatalogueEntry>();
        var problems = new ArrayList<InvalidCatalogue.Problem>();
        try {
            for (Resource resource : resources.getResources(locations)) {
                String file = resource.getFilename();
                try {
                    Object tree = CatalogueYaml.read(file, "", resource.getContentAsString(StandardCharsets.UTF_8));
                    for (CatalogueEntry entry : CatalogueParser.parse(file, tree, vocabulary)) {
                        if (all.putIfAbsent(entry.id(), entry) != null) {
                            problems.add(new InvalidCatalogue.Problem("", entry.id(), "id", "is used in two files"));
                        }
                    }
                } catch (InvalidCatalogue e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recommendation catalogue at " + locations, e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogue(problems);
        }
        return Collections.unmodifiableMap(all);
    }

    private CatalogueParser.Vocabulary readVocabulary() {
        int version = questionnaires
                .latest(MODEL, Language.ENGLISH)
                .orElseThrow(() -> new IllegalStateException("The catalogue needs the " + MODEL + " model"))
                .version();
        List<String> indicators = questionnaires
                .latest(INDICATOR_MODEL, Language.ENGLISH)
                .map(dii -> questionnaires.indicators(INDICATOR_MODEL, dii.version(), Language.ENGLISH).stream()
                        .map(Questionnaires.Indicator::id)
                        .toList())
                .orElse(List.of());
        return new CatalogueParser.Vocabulary(
                List.copyOf(questionnaires
                        .dimensionTitles(MODEL, version, Language.ENGLISH)
                        .keySet()),
                questionnaires.levelIds(MODEL, version),
                Language.SUPPORTED.stream().map(Language::code).toList(),
                indicators);
    }
}
