package eu.dmhub.benchmark;

import eu.dmhub.assessment.ResultSection;
import eu.dmhub.identity.CurrentPerson;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where a submitted assessment stands among its peer group, for modules that build on it. */
public interface PeerStandings {

    /** One dimension (or {@code overall}) of the assessment against the group. */
    record Position(double score, double percentile, double lowerQuartile, double median, double upperQuartile) {

        /** Whether the score lies below the group's lower quartile: the lowest quarter. */
        public boolean inLowestQuarter() {
            return score < lowerQuartile;
        }
    }

    /**
     * The group compared with, named in plain words without its size (“Small companies in
     * Manufacturing in Latvia”), its size, and the position per dimension id and {@code overall}.
     */
    record Standing(String group, long companies, Map<String, Position> positions) {}

    /**
     * The standing, or empty when no group of at least k companies exists; throws NotFound when
     * the assessment is not a submitted one {@code person} may see.
     */
    Optional<Standing> of(CurrentPerson person, UUID assessmentId, Locale locale);

    /**
     * The standing of the result a page or report shows, in its language; computed once per
     * rendering together with the peer comparison the page shows.
     */
    Optional<Standing> of(ResultSection.Context page);
}
