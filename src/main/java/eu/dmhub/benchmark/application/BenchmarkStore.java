package eu.dmhub.benchmark.application;

import eu.dmhub.benchmark.domain.Distribution;
import eu.dmhub.benchmark.domain.PeerGroup;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read model: each company's counted assessment per model and the score distributions. */
public interface BenchmarkStore {

    /** A company's latest assessment of a model, with the profile it is counted under. */
    record Participant(
            CompanyId company,
            String model,
            java.util.UUID assessment,
            Instant submittedAt,
            CountryCode country,
            String section,
            SizeClass size,
            Map<String, Double> scores,
            boolean counted) {

        public List<PeerGroup> groups() {
            return PeerGroup.of(country, section, size);
        }
    }

    /**
     * Serialises writers until the transaction ends: a moved or replaced participant changes the
     * counts of several groups, and two writers taking them in different orders would deadlock.
     */
    void lockWriters();

    /** The participant row, locked until the transaction ends. */
    Optional<Participant> lock(CompanyId company, String model);

    List<Participant> lockAll(CompanyId company);

    void save(Participant participant);

    /** Adds {@code delta} (+1 or -1) companies at each score of the participant in each of its groups. */
    void count(Participant participant, int delta);

    /** The current version of each named group; a group never counted is missing. */
    Map<String, Long> versions(String model, List<String> groupKeys);

    /** Every dimension's distribution of one group. */
    Map<String, Distribution> distributions(String model, String groupKey);

    /** Participants still counted whose assessment is older than {@code cutoff}, locked. */
    List<Participant> lockExpired(Instant cutoff, int limit);

    boolean isEmpty();

    /** Saves many participants at once without counting them (bulk rebuild). */
    void saveAll(List<Participant> participants);

    /** Recomputes every distribution from the counted participants in one statement. */
    void rebuildDistributions();

    /** The naive baseline's counts for one dimension: scores below and equal, the group, and percent_rank. */
    record FullScan(long below, long equal, long companies, double percentRank) {}

    /** Counts the counted companies of a peer group by scanning the participant rows (the baseline). */
    long scanCompanies(String model, PeerGroup group);

    /** Ranks a score among a peer group's rows with one full-scan query (the baseline). */
    FullScan scanRank(String model, PeerGroup group, String dimension, double score);
}
