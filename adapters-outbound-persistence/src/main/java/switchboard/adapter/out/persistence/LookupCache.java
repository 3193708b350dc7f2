package switchboard.adapter.out.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows read on every request (the caller's credential, its tenant), kept for a short while
 * ({@code switchboard.lookup-cache-ttl}): a change made through this process shows at once, one
 * made by another process once the entry expires. Only rows found are kept, so a row just added
 * is found at once and unknown keys cannot fill the cache.
 */
final class LookupCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Cache<K, V> found;

    LookupCache(Duration ttl) {
        this.found = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).build();
    }

    Optional<V> find(K key, Function<K, Optional<V>> load) {
        V cached = found.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> found.put(key, value));
        return loaded;
    }

    void forget(K key) {
        found.invalidate(key);
    }

    void forgetWhere(Predicate<V> stale) {
        found.asMap().values().removeIf(stale);
    }
}
