package switchboard.application.provider.port;

import java.util.Optional;

/**
 * Tokens that providers issue while the gateway runs, such as a refresh token that is replaced
 * each time it is used: kept, sealed, so that the newest survives a restart and is shared by
 * every gateway process.
 */
public interface ProviderTokenStore {

    /** @param key names the provider and account the token belongs to */
    Optional<String> find(String key);

    void save(String key, String token);
}
