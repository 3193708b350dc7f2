package switchboard.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from growing far past its live data. With {@code WRITE_DELAY=0}
 * (each commit written before it returns) H2's background writer does not run, and with it goes
 * its housekeeping: chunks kept alive by a few live pages are never rewritten, so they are never
 * freed. Four times a second this asks the store to rewrite the live pages of chunks filled
 * below {@value #FILL_RATE}%, up to {@value #REWRITE_BYTES} bytes, as that writer would; H2 frees the
 * old chunks once {@code RETENTION_TIME} has passed and reuses their space. Commits wait while a round
 * rewrites, so the rounds are small: 16 MB once a second held them for up to some 200 ms.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
class H2Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);
    private static final int FILL_RATE = 95;
    private static final int REWRITE_BYTES = 4 * 1024 * 1024;

    private final Database database;

    H2Housekeeping(Database database) {
        this.database = database;
    }

    @Scheduled(fixedDelay = "250ms", initialDelay = "1s")
    void compact() {
        try {
            database.read(connection -> {
                SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
                MVStore store = session.getDatabase().getStore().getMvStore();
                return store.compact(FILL_RATE, REWRITE_BYTES);
            });
        } catch (RuntimeException e) {
            // The store closing as the gateway stops, say: the next round tries again, if there is one.
            LOG.debug("H2 housekeeping skipped a round", e);
        }
    }
}
