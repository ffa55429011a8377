package eu.dmhub.benchmark.application;

import eu.dmhub.benchmark.domain.Distribution;
import eu.dmhub.benchmark.domain.PeerGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Peer-group distributions cached in memory and checked against the group's version on every
 * lookup (one small query for all candidate groups), so a lookup is never stale and, for a group
 * that did not change, reads no histogram rows at all.
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

    GroupSnapshots(BenchmarkStore store) {
        this.store = store;
    }

    Map<PeerGroup, Snapshot> of(String model, List<PeerGroup> groups) {
        Map<String, Long> versions =
                store.versions(model, groups.stream().map(PeerGroup::key).toList());
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
