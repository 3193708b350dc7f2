package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

/** Provider tokens, sealed with the gateway's key like every other secret the database holds. */
@Singleton
public class JdbcProviderTokenStore implements ProviderTokenStore {

    private static final String TOKEN = "token";

    private final Database database;
    private final SecretSealer sealer;
    private final Clock clock;

    public JdbcProviderTokenStore(Database database, SecretSealer sealer, Clock clock) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Override
    public Optional<String> find(String key) {
        return database.read(connection -> Database.queryOne(connection,
                "SELECT sealed FROM provider_token WHERE token_key = ?", row -> row.getBytes("sealed"), key))
                .map(sealed -> sealer.unseal(new SealedCredentials(sealed)).field(TOKEN));
    }

    @Override
    public void save(String key, String token) {
        byte[] sealed = sealer.seal(new ProviderAccount(Map.of(), Map.of(TOKEN, token))).sealed();
        database.upsert("UPDATE provider_token SET sealed = ?, updated_at = ? WHERE token_key = ?",
                "INSERT INTO provider_token (sealed, updated_at, token_key) VALUES (?, ?, ?)", sealed, clock.instant(), key);
    }
}
