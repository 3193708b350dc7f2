package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import switchboard.application.memory.FakeSecretSealer;

import static org.assertj.core.api.Assertions.assertThat;

/** The first fingerprint recorded on a database stays; later ones read it, on both databases. */
class KeyFingerprintsTest {

    @Test
    void theFirstFingerprintStaysOnH2() {
        theFirstFingerprintStays(TestDatabases.h2Properties());
    }

    @Test
    void theFirstFingerprintStaysOnPostgres() {
        theFirstFingerprintStays(TestDatabases.postgresProperties());
    }

    private static void theFirstFingerprintStays(Map<String, Object> database) {
        try (ApplicationContext context = ApplicationContext.builder().properties(database)
                .singletons(Clock.systemUTC(), new FakeSecretSealer()).start()) {
            JdbcKeyFingerprints fingerprints = context.getBean(JdbcKeyFingerprints.class);

            assertThat(fingerprints.recordOrRead("first")).isEqualTo("first");
            assertThat(fingerprints.recordOrRead("second")).isEqualTo("first");
            assertThat(fingerprints.recordOrRead("first")).isEqualTo("first");
        }
    }
}
