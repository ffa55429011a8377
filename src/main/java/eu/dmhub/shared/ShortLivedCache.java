package eu.dmhub.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers found values for a short time, so a hot read path need not ask the database on every
 * request. Only found values are kept (a miss is asked again); an entry lives at most
 * {@code timeToLive}; past {@code maxEntries} the cache starts over. Owners evict what they
 * change, so a single instance never serves its own stale data; other instances may, for at most
 * the time to live.
 */
public final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long timeToLive;
    private final int maxEntries;

    public ShortLivedCache(Duration timeToLive, int maxEntries) {
        this.timeToLive = timeToLive.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The remembered value, or what {@code loader} finds (remembered when present). */
    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        if (timeToLive <= 0) {
            return loader.apply(key);
        }
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return Optional.of(entry.value());
        }
        Optional<V> found = loader.apply(key);
        found.ifPresentOrElse(
                value -> {
                    if (entries.size() >= maxEntries) {
                        entries.clear();
                    }
                    entries.put(key, new Entry<>(value, now + timeToLive));
                },
                () -> entries.remove(key));
        return found;
    }

    public void evict(K key) {
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }
}
