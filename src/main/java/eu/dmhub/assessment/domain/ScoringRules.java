package eu.dmhub.assessment.domain;

/** How a model turns answers into scores; see docs/models.md. */
public record ScoringRules(Method method, double questionMax, Unanswered unanswered, boolean dimensionLevels) {

    public enum Method {
        WEIGHTED_MEAN("weighted-mean"),
        INDICATOR_COUNT("indicator-count");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Unanswered {
        REQUIRED("required"),
        ZERO("zero");

        private final String id;

        Unanswered(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
