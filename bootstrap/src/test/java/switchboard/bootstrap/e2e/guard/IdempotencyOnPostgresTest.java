package switchboard.bootstrap.e2e.guard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

import switchboard.adapter.out.persistence.TestDatabases;

/** The Idempotency-Key tests again, with the gateway on PostgreSQL. */
@MicronautTest(transactional = false)
class IdempotencyOnPostgresTest extends IdempotencyTest {

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgresProperties();
    }
}
