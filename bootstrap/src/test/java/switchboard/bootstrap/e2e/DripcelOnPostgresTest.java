package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

import switchboard.adapter.out.persistence.TestDatabases;

/** The bulk email's end-to-end tests again, with the gateway on PostgreSQL. */
@MicronautTest(transactional = false)
class DripcelOnPostgresTest extends DripcelBulkEmailTest {

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgresProperties();
    }
}
