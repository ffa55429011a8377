package eu.dmhub.assessment.domain;

import eu.dmhub.assessment.domain.ScoringRules.Method;
import eu.dmhub.assessment.domain.ScoringRules.Unanswered;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link QuestionnaireModel} from a parsed model file (maps, lists, strings, numbers) and
 * checks every rule of docs/models.md. All problems are collected, each with its path in the file,
 * so an author can fix a file in one go.
 */
public final class ModelParser {

    private static final String ID = "[a-z0-9][a-z0-9-]*";
    private static final Set<String> TOP_KEYS =
            Set.of("id", "version", "languages", "title", "description", "source", "scoring", "levels", "dimensions");

    private final String file;
    private final List<InvalidModel.Problem> problems = new ArrayList<>();
    private List<String> languages = List.of();

    private ModelParser(String file) {
        this.file = file;
    }

    /** The model, or {@link InvalidModel} listing every problem found. */
    public static QuestionnaireModel parse(String file, Object tree) {
        var parser = new ModelParser(file);
        QuestionnaireModel model = parser.model(tree);
        if (!parser.problems.isEmpty()) {
            throw new InvalidModel(parser.problems);
        }
        return model;
    }

    private QuestionnaireModel model(Object tree) {
        Map<String, Object> root = map(tree, "");
        if (root == null) {
            return null;
        }
        root.keySet().stream().filter(k -> !TOP_KEYS.contains(k)).forEach(k -> problem(k, "unknown key"));
        String id = id(root, "id", "");
        int version = positiveInt(root.get("version"), "version");
        languages = languages(root.get("languages"));
        Text title = text(root.get("title"), "title", true);
        Text description = text(root.get("description"), "description", true);
        Text source = root.containsKey("source") ? text(root.get("source"), "source", true) : null;
        ScoringRules scoring = scoring(root.get("scoring"));
        List<Level> levels = levels(root.get("levels"), scoring);
        List<Dimension> dimensions = dimensions(root.get("dimensions"), scoring, levels);
        if (scoring != null && levels != null && dimensions != null && !levels.isEmpty()) {
            double max = scoring.method() == Method.INDICATOR_COUNT
                    ? dimensions.stream().mapToInt(d -> d.questions().size()).sum()
                    : 100;
            double last = levels.get(levels.size() - 1).upTo();
            if (last != max) {
                problem(
                        "levels[" + (levels.size() - 1) + "].up-to",
                        "the last level must reach the highest score, " + fmt(max));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new QuestionnaireModel(id, version, languages, title, description, source, scoring, levels, dimensions);
    }

    private List<String> languages(Object value) {
        List<Object> list = list(value, "languages");
        if (list == null) {
            return List.of();
        }
        if (list.isEmpty()) {
            problem("languages", "at least one language is required");
        }
        var result = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            Object code = list.get(i);
            if (!(code instanceof String s) || !s.matches("[a-z]{2}")) {
                problem("languages[" + i + "]", "not an ISO 639-1 language code: " + code);
            } else if (result.contains(s)) {
                problem("languages[" + i + "]", "duplicate language " + s);
            } else {
                result.add(s);
            }
        }
        return result;
    }

    private ScoringRules scoring(Object value) {
        Map<String, Object> map = map(value, "scoring");
        if (map == null) {
            return null;
        }
        Method method = enumValue(map.get("method"), "scoring.method", Method.values(), Method::id, null);
        double questionMax =
                map.containsKey("question-max") ? positive(map.get("question-max"), "scoring.question-max") : 10;
        Unanswered unanswered = enumValue(
                map.get("unanswered"), "scoring.unanswered", Unanswered.values(), Unanswered::id, Unanswered.REQUIRED);
        boolean dimensionLevels = !Boolean.FALSE.equals(map.get("dimension-levels"));
        return method == null ? null : new ScoringRules(method, questionMax, unanswered, dimensionLevels);
    }

    private List<Level> levels(Object value, ScoringRules scoring) {
        List<Object> list = list(value, "levels");
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            problem("levels", "at least one level is required");
        }
        var levels = new ArrayList<Level>();
        var ids = new HashSet<String>();
        double previous = -Double.MAX_VALUE;
        for (int i = 0; i < list.size(); i++) {
            String path = "levels[" + i + "]";
            Map<String, Object> map = map(list.get(i), path);
            if (map == null) {
                continue;
            }
            String id = id(map, "id", path + ".");
            unique(ids, id, path + ".id");
            double upTo = number(map.get("up-to"), path + ".up-to");
            if (upTo <= previous) {
                problem(path + ".up-to", "must be higher than the level before");
            }
            previous = upTo;
            levels.add(new Level(
                    id,
                    upTo,
                    text(map.get("title"), path + ".title", true),
                    text(map.get("description"), path + ".description", true)));
        }
        return levels;
    }

    private List<Dimension> dimensions(Object value, ScoringRules scoring, List<Level> levels) {
        List<Object> list = list(value, "dimensions");
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            problem("dimensions", "at least one dimension is required");
        }
        var dimensions = new ArrayList<Dimension>();
        var dimensionIds = new HashSet<String>();
        var questionIds = new HashSet<String>();
        for (int d = 0; d < list.size(); d++) {
            String path = "dimensions[" + d + "]";
            Map<String, Object> map = map(list.get(d), path);
            if (map == null) {
                continue;
            }
            String id = id(map, "id", path + ".");
            unique(dimensionIds, id, path + ".id");
            double weight = map.containsKey("weight") ? positive(map.get("weight"), path + ".weight") : 1;
            var explanations = explanations(map.get("level-explanations"), path + ".level-explanations", levels);
            List<Object> questionList = list(map.get("questions"), path + ".questions");
            var questions = new ArrayList<Question>();
            if (questionList != null) {
                if (questionList.isEmpty()) {
                    problem(path + ".questions", "at least one question is required");
                }
                for (int q = 0; q < questionList.size(); q++) {
                    Question question = question(questionList.get(q), path + ".questions[" + q + "]", scoring);
                    if (question != null) {
                        unique(questionIds, question.id(), path + ".questions[" + q + "].id");
                        questions.add(question);
                    }
                }
            }
            dimensions.add(new Dimension(
                    id,
                    weight,
                    text(map.get("title"), path + ".title", true),
                    text(map.get("help"), path + ".help", true),
                    explanations,
                    questions));
        }
        return dimensions;
    }

    private Map<String, Text> explanations(Object value, String path, List<Level> levels) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> map = map(value, path);
        if (map == null || levels == null) {
            return Map.of();
        }
        var result = new LinkedHashMap<String, Text>();
        for (Level level : levels) {
            if (!map.containsKey(level.id())) {
                problem(path, "no explanation for level " + level.id());
            }
        }
        map.forEach((levelId, text) -> {
            if (levels.stream().noneMatch(l -> l.id().equals(levelId))) {
                problem(path + "." + levelId, "no such level");
            } else {
                result.put(levelId, text(text, path + "." + levelId, true));
            }
        });
        return result;
    }

    private Question question(Object value, String path, ScoringRules scoring) {
        Map<String, Object> map = map(value, path);
        if (map == null) {
            return null;
        }
        String id = id(map, "id", path + ".");
        Object typeValue = map.get("type");
        QuestionType type = typeValue instanceof String s ? QuestionType.byId(s).orElse(null) : null;
        if (type == null) {
            problem(
                    path + ".type",
                    "unknown question type " + (typeValue == null ? "(missing)" : "'" + typeValue + "'")
                            + "; expected one of "
                            + Arrays.stream(QuestionType.values())
                                    .map(QuestionType::id)
                                    .toList());
            return null;
        }
        double weight = map.containsKey("weight") ? positive(map.get("weight"), path + ".weight") : 1;
        boolean required = !Boolean.FALSE.equals(map.get("required"));
        List<Choice> items = List.of();
        List<Choice> options = List.of();
        List<Choice> columns = List.of();
        switch (type) {
            case CHECKLIST -> {
                items = choices(map.get("items"), path + ".items", true, true);
                if (!items.isEmpty()
                        && items.stream().mapToDouble(Choice::score).sum() <= 0) {
                    problem(path + ".items", "at least one item must score more than 0");
                }
            }
            case PAIRED_CHECKLIST -> {
                items = choices(map.get("items"), path + ".items", false, false);
                columns = choices(map.get("columns"), path + ".columns", true, false);
                requirePositiveBest(columns, path + ".columns");
            }
            case SCALE, THREE_STEP -> {
                items = choices(map.get("items"), path + ".items", false, false);
                options = choices(map.get("options"), path + ".options", true, false);
                requirePositiveBest(options, path + ".options");
            }
            case SINGLE_CHOICE -> {
                options = choices(map.get("options"), path + ".options", true, false);
                requirePositiveBest(options, path + ".options");
            }
            case YES_NO -> {
                double yes = map.containsKey("yes-score") ? nonNegative(map.get("yes-score"), path + ".yes-score") : 1;
                double no = map.containsKey("no-score") ? nonNegative(map.get("no-score"), path + ".no-score") : 0;
                if (Math.max(yes, no) <= 0) {
                    problem(path, "yes-score or no-score must be more than 0");
                }
                options = List.of(new Choice("yes", null, yes, false), new Choice("no", null, no, false));
            }
            default -> throw new IllegalStateException(type.toString());
        }
        if (scoring != null && scoring.method() == Method.INDICATOR_COUNT && type != QuestionType.YES_NO) {
            problem(path + ".type", "indicator-count models take only yes-no questions");
        }
        return new Question(
                id,
                type,
                text(map.get("text"), path + ".text", true),
                text(map.get("help"), path + ".help", false),
                weight,
                required,
                items,
                options,
                columns);
    }

    private void requirePositiveBest(List<Choice> choices, String path) {
        if (!choices.isEmpty() && Question.highest(choices) <= 0) {
            problem(path, "the best choice must score more than 0");
        }
    }

    private List<Choice> choices(Object value, String path, boolean scored, boolean defaultScore) {
        List<Object> list = list(value, path);
        if (list == null) {
            return List.of();
        }
        if (list.isEmpty()) {
            problem(path, "at least one entry is required");
        }
        var choices = new ArrayList<Choice>();
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            Map<String, Object> map = map(list.get(i), at);
            if (map == null) {
                continue;
            }
            String id = id(map, "id", at + ".");
            unique(ids, id, at + ".id");
            double score = 0;
            if (scored) {
                if (map.containsKey("score")) {
                    score = nonNegative(map.get("score"), at + ".score");
                } else if (defaultScore) {
                    score = 1;
                } else {
                    problem(at + ".score", "missing score");
                }
            }
            boolean exclusive = Boolean.TRUE.equals(map.get("exclusive"));
            if (exclusive && score != 0) {
                problem(at + ".score", "an exclusive item must score 0");
            }
            choices.add(new Choice(id, text(map.get("text"), at + ".text", true), score, exclusive));
        }
        return choices;
    }

    private Text text(Object value, String path, boolean required) {
        if (value == null) {
            if (required) {
                problem(path, "missing text");
            }
            return new Text(Map.of(), languages.isEmpty() ? "en" : languages.get(0));
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, "expected translations such as {en: \"...\"}");
            return new Text(Map.of(), "en");
        }
        var translations = new LinkedHashMap<String, String>();
        map.forEach((language, text) -> {
            if (!languages.contains(String.valueOf(language))) {
                problem(path + "." + language, "language not declared in languages");
            } else if (!(text instanceof String s) || s.isBlank()) {
                problem(path + "." + language, "empty text");
            } else {
                translations.put(String.valueOf(language), s.strip());
            }
        });
        for (String language : languages) {
            if (!map.containsKey(language)) {
                problem(path, "missing translation for '" + language + "'");
            }
        }
        return new Text(translations, languages.isEmpty() ? "en" : languages.get(0));
    }

    private String id(Map<String, Object> map, String key, String prefix) {
        Object value = map.get(key);
        if (value == null) {
            problem(prefix + key, "missing id");
            return "";
        }
        String id = String.valueOf(value);
        if (!id.matches(ID)) {
            problem(prefix + key, "not a valid id (lower-case letters, digits and '-'): " + id);
        }
        return id;
    }

    private void unique(Set<String> seen, String id, String path) {
        if (!id.isEmpty() && !seen.add(id)) {
            problem(path, "duplicate id '" + id + "'");
        }
    }

    private int positiveInt(Object value, String path) {
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 1) {
            problem(path, "must be a positive whole number");
            return 0;
        }
        return ((Number) value).intValue();
    }

    private double number(Object value, String path) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            problem(path, value == null ? "missing number" : "not a number: " + value);
            return 0;
        }
        return number.doubleValue();
    }

    private double positive(Object value, String path) {
        double number = number(value, path);
        if (value instanceof Number && number <= 0) {
            problem(path, "must be more than 0");
        }
        return number;
    }

    private double nonNegative(Object value, String path) {
        double number = number(value, path);
        if (value instanceof Number && number < 0) {
            problem(path, "must not be negative");
        }
        return number;
    }

    private <E> E enumValue(Object value, String path, E[] values, java.util.function.Function<E, String> id, E dflt) {
        if (value == null && dflt != null) {
            return dflt;
        }
        for (E e : values) {
            if (id.apply(e).equals(value)) {
                return e;
            }
        }
        problem(path, "expected one of " + Arrays.stream(values).map(id).toList() + ", found " + value);
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problem(path, value == null ? "missing" : "expected a mapping");
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String path) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        problem(path, value == null ? "missing" : "expected a list");
        return null;
    }

    private void problem(String path, String message) {
        problems.add(new InvalidModel.Problem(file, path, message));
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
