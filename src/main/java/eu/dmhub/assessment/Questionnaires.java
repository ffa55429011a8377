package eu.dmhub.assessment;

import eu.dmhub.shared.Language;
import java.util.List;

/** The questionnaire models a company can take, for other modules and the page shell. */
public interface Questionnaires {

    /** A model's newest version, described in one language. */
    record Summary(String id, int version, String title, String description, int dimensions, int questions) {}

    List<Summary> available(Language language);

    /** The newest version of one model, described in one language, if the model exists. */
    default java.util.Optional<Summary> latest(String model, Language language) {
        return available(language).stream().filter(m -> m.id().equals(model)).findFirst();
    }

    /** The titles of a model version's dimensions in one language, in the model's order. */
    java.util.Map<String, String> dimensionTitles(String model, int version, Language language);

    /** The highest possible score of each dimension of a model version, and of {@code overall}. */
    java.util.Map<String, Double> maxScores(String model, int version);

    /** The ids of a model version's maturity levels, lowest first. */
    List<String> levelIds(String model, int version);

    /** A maturity level: every score up to and including {@code upTo}, above the level before. */
    record LevelBand(String id, double upTo, String title) {

        /** The band a score falls in, by the scoring's rule: the first whose upper bound it does not exceed. */
        public static LevelBand containing(List<LevelBand> bands, double score) {
            return bands.stream()
                    .filter(b -> score <= b.upTo() + 1e-9)
                    .findFirst()
                    .orElse(bands.get(bands.size() - 1));
        }
    }

    /** A model version's maturity levels, lowest first, titled in one language. */
    List<LevelBand> levels(String model, int version, Language language);

    /** The weight of each dimension of a model version in the overall score, in the model's order. */
    java.util.Map<String, Double> weights(String model, int version);

    /** Whether the model version gives each dimension a maturity level of its own (not only the overall score). */
    boolean levelsPerDimension(String model, int version);

    /** One yes/no indicator of a model that counts indicators met (dii): its question's id, dimension and text. */
    record Indicator(String id, String dimension, String text) {}

    /** A model version's indicators in the model's order; empty for a model that does not count indicators. */
    List<Indicator> indicators(String model, int version, Language language);

    /**
     * A score (or a mean of scores) written with its scale, in one language: “5 of 12 indicators”
     * where the model counts indicators, “34.1 / 100” where it scores points. Every place that shows
     * a score writes it so, so that a dii count is never read as a dma score.
     */
    String withScale(String model, int version, double score, double max, Language language);
}
