package eu.dmhub.benchmark.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The peer-group rule: take the narrowest group with at least {@code k} companies; widen step by
 * step (drop size class, then sector, then use the whole region) while a group is smaller; if even
 * the region is smaller, show no comparison at all.
 */
public final class Widening {

    /** The group chosen, with the groups skipped because they were too small. */
    public record Choice(PeerGroup group, long companies, List<PeerGroup> skipped) {
        public boolean widened() {
            return !skipped.isEmpty();
        }
    }

    private Widening() {}

    public static Optional<Choice> choose(List<PeerGroup> narrowestFirst, ToLongFunction<PeerGroup> companies, int k) {
        for (int i = 0; i < narrowestFirst.size(); i++) {
            PeerGroup group = narrowestFirst.get(i);
            long count = companies.applyAsLong(group);
            if (count >= k) {
                return Optional.of(new Choice(group, count, List.copyOf(narrowestFirst.subList(0, i))));
            }
        }
        return Optional.empty();
    }
}
