package eu.dmhub.benchmark.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.benchmark.domain.Distribution;
import eu.dmhub.benchmark.domain.PeerGroup;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Peer-group distributions cached in memory and checked against the groups' versions (one small
 * query for all candidate groups, itself remembered for {@code dmhub.benchmark.version-check-interval}
 * and forgotten when this instance changes a group), so a lookup reads no rows at all in the steady
 * state, sees this instance's changes at once and other instances' within the interval.
 */
@Component
class GroupSnapshots {

    /** One group's distributions at one version. */
    record Snapshot(long version, Map<String, Distribution> distributions) {
        static final Snapshot EMPTY = new Snapshot(0, Map.of());

        long companies() {
            Distribution overall = distributions.get(Benchmarks.overall());
            return overall == null ? 0 : overall.companies();
        }
    }

    private final BenchmarkStore store;
    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();
    private final Cache<String, Map<String, Long>> versions;

    GroupSnapshots(
            BenchmarkStore store,
            @Value("${dmhub.benchmark.version-check-interval:PT1S}") Duration versionCheckInterval) {
        this.store = store;
        this.versions = Caffeine.newBuilder()
                .expireAfterWrite(versionCheckInterval)
                .maximumSize(100_000)
                .build();
    }

    /**
     * Forgets the group versions once the current transaction commits: this instance then reads
     * its own changes at once; other instances see them within the version-check interval.
     */
    void changed() {
        versions.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    versions.invalidateAll();
                }
            });
        }
    }

    Map<PeerGroup, Snapshot> of(String model, List<PeerGroup> groups) {
        List<String> keys = groups.stream().map(PeerGroup::key).toList();
        Map<String, Long> versions =
                this.versions.get(model + "|" + String.join(",", keys), k -> store.versions(model, keys));
        var snapshots = new LinkedHashMap<PeerGroup, Snapshot>();
        for (PeerGroup group : groups) {
            Long version = versions.get(group.key());
            if (version == null) {
                snapshots.put(group, Snapshot.EMPTY);
                continue;
            }
            String key = model + "|" + group.key();
            Snapshot cached = cache.get(key);
            if (cached == null || cached.version() != version) {
                cached = new Snapshot(version, store.distributions(model, group.key()));
                cache.put(key, cached);
            }
            snapshots.put(group, cached);
        }
        return snapshots;
    }
}
