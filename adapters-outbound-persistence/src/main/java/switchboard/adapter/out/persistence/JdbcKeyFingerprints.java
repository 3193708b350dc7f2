package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.provider.port.KeyFingerprints;

/** The sealing key's fingerprint in {@code gateway_key}: the first process to insert it wins, the others read it. */
@Singleton
public class JdbcKeyFingerprints implements KeyFingerprints {

    private static final String SEALING_KEY = "sealing-key";

    private final Database database;
    private final Clock clock;

    public JdbcKeyFingerprints(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public String recordOrRead(String fingerprint) {
        database.insertUnlessDuplicate("INSERT INTO gateway_key (name, fingerprint, recorded_at) VALUES (?, ?, ?)",
                SEALING_KEY, fingerprint, clock.instant());
        return database.read(connection -> Database.queryOne(connection,
                "SELECT fingerprint FROM gateway_key WHERE name = ?", row -> row.getString("fingerprint"), SEALING_KEY))
                .orElseThrow();
    }
}
