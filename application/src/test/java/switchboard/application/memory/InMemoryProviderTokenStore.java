package switchboard.application.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.application.provider.port.ProviderTokenStore;

/** Provider tokens in memory, for tests of the adapters that rotate them. */
public final class InMemoryProviderTokenStore implements ProviderTokenStore {

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void save(String key, String token) {
        tokens.put(key, token);
    }
}
