package eu.dmhub.shared;

import eu.dmhub.shared.InvalidInput.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a submitted form, by field, in the order they were found; for pages. */
public record FormErrors(List<Problem> problems) {

    public FormErrors {
        problems = List.copyOf(problems);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(InvalidInput invalid) {
        return new FormErrors(invalid.problems());
    }

    public static FormErrors of(Conflict conflict) {
        return new FormErrors(List.of(Problem.of(conflict.field(), conflict.messageKey())));
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<Problem> of(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** The first problem of each field, for the summary at the top of a form. */
    public Map<String, Problem> firstByField() {
        var first = new LinkedHashMap<String, Problem>();
        problems.forEach(p -> first.putIfAbsent(p.field(), p));
        return first;
    }
}
