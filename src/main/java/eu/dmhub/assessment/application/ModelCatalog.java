package eu.dmhub.assessment.application;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.assessment.domain.InvalidModel;
import eu.dmhub.assessment.domain.Level;
import eu.dmhub.assessment.domain.ModelParser;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import eu.dmhub.shared.NotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every questionnaire model version the platform knows. Model files are read and checked at start-up
 * (a bad file stops the start with file, path and reason) and stored, so that a version once used
 * stays available and unchanged even when its file is gone.
 */
@Component
public class ModelCatalog implements SmartInitializingSingleton, Questionnaires {

    private static final Logger log = LoggerFactory.getLogger(ModelCatalog.class);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ModelStore store;
    private final MessageSource messages;
    private final List<ModelFile> files;
    private final Map<String, QuestionnaireModel> byKey = new ConcurrentHashMap<>();

    private record ModelFile(QuestionnaireModel model, String fileName, String definition) {}

    ModelCatalog(
            ModelStore store,
            ResourcePatternResolver resources,
            @Value("${dmhub.assessment.models:classpath*:models/*.yaml}") String locations,
            MessageSource messages) {
        this.store = store;
        this.messages = messages;
        this.files = readFiles(resources, locations);
    }

    private static List<ModelFile> readFiles(ResourcePatternResolver resources, String locations) {
        var models = new ArrayList<ModelFile>();
        var problems = new ArrayList<InvalidModel.Problem>();
        try {
            for (String location : locations.split(",")) {
                for (Resource resource : resources.getResources(location.strip())) {
                    String name = "models/" + resource.getFilename();
                    try {
                        byte[] content = resource.getContentAsByteArray();
                        models.add(
                                new ModelFile(parse(name, content), name, new String(content, StandardCharsets.UTF_8)));
                    } catch (InvalidModel invalid) {
                        problems.addAll(invalid.problems());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaire models at " + locations, e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidModel(problems);
        }
        return models;
    }

    /** Reads and checks one model file; the file name must be {@code <id>-v<version>.yaml}. */
    public static QuestionnaireModel parse(String fileName, byte[] content) {
        Object tree;
        try {
            tree = YAML.readValue(new String(content, StandardCharsets.UTF_8), Object.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where =
                    location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidModel(
                    List.of(new InvalidModel.Problem(fileName, where, "not valid YAML: " + e.getOriginalMessage())));
        }
        QuestionnaireModel model = ModelParser.parse(fileName, tree);
        String expected = model.id() + "-v" + model.version() + ".yaml";
        String simpleName = fileName.substring(fileName.lastIndexOf('/') + 1);
        if (!simpleName.equals(expected)) {
            throw new InvalidModel(List.of(new InvalidModel.Problem(
                    fileName,
                    "",
                    "the file name must be " + expected + " for model " + model.id() + " version " + model.version())));
        }
        return model;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        for (ModelFile file : files) {
            QuestionnaireModel model = file.model();
            String resource = file.fileName();
            String definition = file.definition();
            String checksum = checksum(definition);
            Optional<String> stored = store.checksumOf(model.id(), model.version());
            if (stored.isEmpty()) {
                store.insert(new ModelStore.StoredModel(model.id(), model.version(), resource, definition, checksum));
                log.info("Stored questionnaire model {} version {}", model.id(), model.version());
            } else if (!stored.get().equals(checksum)) {
                throw new InvalidModel(List.of(new InvalidModel.Problem(
                        resource,
                        "version",
                        "version " + model.version() + " of " + model.id()
                                + " is already stored with other content; give the changed model a new version")));
            }
        }
        for (ModelStore.StoredModel stored : store.all()) {
            byKey.computeIfAbsent(
                    key(stored.id(), stored.version()),
                    k -> parse(stored.fileName(), stored.definition().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Adds a model version uploaded by an administrator, after the same checks as at start-up. */
    @Transactional
    public QuestionnaireModel upload(String fileName, byte[] content) {
        QuestionnaireModel model = parse(fileName, content);
        if (store.checksumOf(model.id(), model.version()).isPresent()) {
            throw new Conflict("version", "error.model.version-exists");
        }
        String definition = new String(content, StandardCharsets.UTF_8);
        store.insert(
                new ModelStore.StoredModel(model.id(), model.version(), fileName, definition, checksum(definition)));
        byKey.put(key(model.id(), model.version()), model);
        return model;
    }

    /**
     * A model version. Versions stored by another instance (an upload behind a load balancer) are
     * read from the database on first use; a stored version never changes, so caching is safe.
     */
    public QuestionnaireModel get(String id, int version) {
        QuestionnaireModel model = byKey.get(key(id, version));
        if (model == null) {
            model = store.find(id, version)
                    .map(stored -> parse(stored.fileName(), stored.definition().getBytes(StandardCharsets.UTF_8)))
                    .orElseThrow(() -> new NotFound("error.model.not-found"));
            byKey.putIfAbsent(key(id, version), model);
        }
        return model;
    }

    /** The newest version of a model, as the database knows it (so every instance agrees). */
    public Optional<QuestionnaireModel> latest(String id) {
        return store.latestVersions().stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .map(v -> get(v.id(), v.version()));
    }

    /** The newest version of every model, ordered by id. */
    public List<QuestionnaireModel> latestVersions() {
        return store.latestVersions().stream()
                .map(v -> get(v.id(), v.version()))
                .toList();
    }

    @Override
    public Map<String, String> dimensionTitles(String model, int version, Language language) {
        var titles = new java.util.LinkedHashMap<String, String>();
        get(model, version)
                .dimensions()
                .forEach(d -> titles.put(d.id(), d.title().in(language)));
        return titles;
    }

    @Override
    public List<String> levelIds(String model, int version) {
        return get(model, version).levels().stream().map(Level::id).toList();
    }

    @Override
    public List<LevelBand> levels(String model, int version, Language language) {
        return get(model, version).levels().stream()
                .map(l -> new LevelBand(l.id(), l.upTo(), l.title().in(language)))
                .toList();
    }

    @Override
    public Map<String, Double> weights(String model, int version) {
        var weights = new java.util.LinkedHashMap<String, Double>();
        get(model, version).dimensions().forEach(d -> weights.put(d.id(), d.weight()));
        return weights;
    }

    @Override
    public boolean levelsPerDimension(String model, int version) {
        var scoring = get(model, version).scoring();
        return scoring.method() == eu.dmhub.assessment.domain.ScoringRules.Method.WEIGHTED_MEAN
                && scoring.dimensionLevels();
    }

    @Override
    public List<Indicator> indicators(String model, int version, Language language) {
        QuestionnaireModel questionnaire = get(model, version);
        if (questionnaire.scoring().method() != eu.dmhub.assessment.domain.ScoringRules.Method.INDICATOR_COUNT) {
            return List.of();
        }
        return questionnaire.dimensions().stream()
                .flatMap(d -> d.questions().stream()
                        .map(q -> new Indicator(q.id(), d.id(), q.text().in(language))))
                .toList();
    }

    @Override
    public String withScale(String model, int version, double score, double max, Language language) {
        boolean counted = get(model, version).scoring().method()
                == eu.dmhub.assessment.domain.ScoringRules.Method.INDICATOR_COUNT;
        NumberFormat number = LocalFormats.number(language.locale());
        return messages.getMessage(
                counted ? "score.indicators" : "score.points",
                new Object[] {number.format(score), number.format(max)},
                language.locale());
    }

    @Override
    public Map<String, Double> maxScores(String model, int version) {
        QuestionnaireModel questionnaire = get(model, version);
        var max = new java.util.LinkedHashMap<String, Double>();
        questionnaire.dimensions().forEach(d -> max.put(d.id(), questionnaire.maxScore(d)));
        max.put("overall", questionnaire.maxScore());
        return max;
    }

    @Override
    public List<Summary> available(Language language) {
        return latestVersions().stream()
                .map(m -> new Summary(
                        m.id(),
                        m.version(),
                        m.title().in(language),
                        m.description().in(language),
                        m.dimensions().size(),
                        (int) m.questions().count()))
                .toList();
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    private static String checksum(String definition) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
