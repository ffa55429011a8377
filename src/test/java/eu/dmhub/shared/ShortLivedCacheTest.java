package eu.dmhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(String key) {
        loads.incrementAndGet();
        return key.startsWith("known") ? Optional.of(key.toUpperCase()) : Optional.empty();
    }

    @Test
    void remembersFoundValuesButAsksAgainForMissesAndAfterAnEviction() {
        var cache = new ShortLivedCache<String, String>(Duration.ofMinutes(1), 10);
        assertThat(cache.get("known-1", this::load)).contains("KNOWN-1");
        assertThat(cache.get("known-1", this::load)).contains("KNOWN-1");
        assertThat(loads).hasValue(1);

        assertThat(cache.get("unknown", this::load)).isEmpty();
        assertThat(cache.get("unknown", this::load)).isEmpty();
        assertThat(loads).hasValue(3);

        cache.evict("known-1");
        assertThat(cache.get("known-1", this::load)).contains("KNOWN-1");
        assertThat(loads).hasValue(4);
    }

    @Test
    void aZeroTimeToLiveAsksEveryTimeAndAFullCacheStartsOver() {
        var uncached = new ShortLivedCache<String, String>(Duration.ZERO, 10);
        uncached.get("known", this::load);
        uncached.get("known", this::load);
        assertThat(loads).hasValue(2);

        var small = new ShortLivedCache<String, String>(Duration.ofMinutes(1), 2);
        small.get("known-a", this::load);
        small.get("known-b", this::load);
        small.get("known-c", this::load);
        small.get("known-c", this::load);
        assertThat(loads).hasValue(5);
        small.get("known-a", this::load);
        assertThat(loads)
                .as("the first entries went when the cache started over")
                .hasValue(6);
    }
}
