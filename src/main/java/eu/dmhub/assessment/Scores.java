package eu.dmhub.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A submitted assessment's scores: the overall score, each dimension's in the model's order, and
 * the highest score each can reach (100 per dimension for {@code dma}; the number of indicators
 * for {@code dii}). Other modules read scores through this type, not through string keys.
 */
public record Scores(double overall, double maxScore, List<DimensionScore> dimensions) {

    /** One dimension's score and the highest it can reach. */
    public record DimensionScore(String dimension, double score, double maxScore) {}

    public Scores {
        dimensions = List.copyOf(dimensions);
    }

    /** The dimensions' ids in the model's order. */
    public List<String> dimensionIds() {
        return dimensions.stream().map(DimensionScore::dimension).toList();
    }

    /** The dimension's score, if the result has that dimension. */
    public Optional<DimensionScore> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }

    /** The score of a dimension the result has; for a dimension it lacks, an IllegalArgumentException. */
    public double of(String dimension) {
        return dimension(dimension)
                .map(DimensionScore::score)
                .orElseThrow(() -> new IllegalArgumentException("No score for the dimension " + dimension));
    }
}
