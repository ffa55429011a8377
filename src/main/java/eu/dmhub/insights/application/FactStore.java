package eu.dmhub.insights.application;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.insights.domain.Fact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Where the insights' facts are kept (implemented in persistence). */
public interface FactStore {

    /** A company's stored fact for one model: its id and when its assessment was submitted. */
    record Stored(long id, Instant submittedAt) {}

    /** One fact to write: a result under a profile. */
    record Row(
            UUID company,
            String model,
            UUID assessment,
            Instant submittedAt,
            CompanyProfile profile,
            List<String> dimensions,
            List<Double> scores) {}

    /** Serialises writers until the transaction ends, so that seq order is commit order. */
    void lockWriters();

    Optional<Stored> find(UUID company, String model);

    void insert(Row row);

    void update(long id, Row row);

    void insertAll(List<Row> rows);

    /** Moves every fact of the company to its new profile. */
    int move(CompanyProfile profile);

    boolean isEmpty();

    /** The highest seq written so far (0 when none). */
    long latestSeq();

    /** Passes every fact written after {@code seq}, in seq order; answers the highest seq passed. */
    long changesSince(long seq, Consumer<Fact> consumer);
}
