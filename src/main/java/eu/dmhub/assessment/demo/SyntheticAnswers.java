package eu.dmhub.assessment.demo;

import eu.dmhub.assessment.domain.Choice;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.identity.CompanyProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible answers for synthetic companies. Each company has a propensity to be digital that
 * depends on its country, size and sector plus noise; each dimension shifts it (automation and
 * green digitalisation are rarer); each item is then answered at random around it.
 */
final class SyntheticAnswers {

    private static final Map<String, Double> COUNTRY = Map.of(
            "FI", 0.12, "SE", 0.10, "DK", 0.12, "NO", 0.08, "EE", 0.06, "DE", 0.04, "LT", 0.0, "LV", -0.03, "PL",
            -0.04);
    private static final Map<String, Double> DIMENSION = Map.of(
            "strategy", 0.0, "readiness", 0.08, "human", -0.03, "data", 0.02, "automation", -0.15, "green", -0.08);

    private SyntheticAnswers() {}

    static double propensity(CompanyProfile company, Random random) {
        double p = 0.42 + COUNTRY.getOrDefault(company.country().code(), 0.0);
        p += switch (company.size()) {
            case MICRO -> -0.08;
            case SMALL -> 0.0;
            case MEDIUM -> 0.07;
            case LARGE -> 0.12;
        };
        p += switch (company.sector().section()) {
            case "J" -> 0.15;
            case "M" -> 0.06;
            case "A" -> -0.10;
            case "F" -> -0.06;
            case "I" -> -0.05;
            default -> 0.0;
        };
        return clamp(p + random.nextGaussian() * 0.12);
    }

    static Map<String, Object> answers(QuestionnaireModel model, double propensity, Random random) {
        var answers = new LinkedHashMap<String, Object>();
        for (Dimension dimension : model.dimensions()) {
            double p = clamp(propensity + DIMENSION.getOrDefault(dimension.id(), 0.0) + random.nextGaussian() * 0.06);
            for (Question question : dimension.questions()) {
                answers.put(question.id(), answer(question, p, random));
            }
        }
        return answers;
    }

    private static Object answer(Question question, double p, Random random) {
        return switch (question.type()) {
            case CHECKLIST -> {
                var ticked = new ArrayList<String>();
                question.items().stream()
                        .filter(i -> !i.exclusive() && random.nextDouble() < p)
                        .forEach(i -> ticked.add(i.id()));
                if (ticked.isEmpty()) {
                    question.items().stream()
                            .filter(Choice::exclusive)
                            .findFirst()
                            .ifPresent(i -> ticked.add(i.id()));
                }
                yield ticked;
            }
            case PAIRED_CHECKLIST -> {
                var rows = new LinkedHashMap<String, Object>();
                for (Choice item : question.items()) {
                    double r = random.nextDouble();
                    rows.put(
                            item.id(),
                            r < p * 0.8
                                    ? List.of(question.columns().get(0).id())
                                    : r < p * 1.3 && question.columns().size() > 1
                                            ? List.of(question.columns().get(1).id())
                                            : List.of());
                }
                yield rows;
            }
            case SCALE, THREE_STEP -> {
                var rows = new LinkedHashMap<String, Object>();
                List<Choice> options = question.options();
                for (Choice item : question.items()) {
                    double position = p * (options.size() - 1) + random.nextGaussian() * 1.1;
                    int index = (int) Math.round(Math.max(0, Math.min(options.size() - 1, position)));
                    rows.put(item.id(), options.get(index).id());
                }
                yield rows;
            }
            case YES_NO -> random.nextDouble() < p ? "yes" : "no";
            case SINGLE_CHOICE ->
                question.options()
                        .get((int) Math.min(
                                question.options().size() - 1,
                                Math.floor(p * question.options().size())))
                        .id();
        };
    }

    private static double clamp(double p) {
        return Math.max(0.02, Math.min(0.98, p));
    }
}
