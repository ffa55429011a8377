package eu.dmhub.recommendation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form's problems in words: each beside its field ({@code byField}, by the field's
 * name as posted) and in the summary at the top, linked to the field's input ({@code anchor}).
 */
record FieldProblems(List<Linked> summary, Map<String, List<String>> byField) {

    /** One line of the summary: the id of the input it leads to and the problem in words. */
    record Linked(String anchor, String message) {}

    FieldProblems {
        summary = List.copyOf(summary);
        byField = Map.copyOf(byField);
    }

    static FieldProblems none() {
        return new FieldProblems(List.of(), Map.of());
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Collects problems in the order found, one summary line per distinct message. */
    static final class Builder {
        private final Map<String, Linked> summary = new LinkedHashMap<>();
        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        void add(String field, String anchor, String message) {
            summary.putIfAbsent(anchor + "\n" + message, new Linked(anchor, message));
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }

        FieldProblems build() {
            return new FieldProblems(List.copyOf(summary.values()), byField);
        }
    }
}
