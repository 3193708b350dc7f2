package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.contact.ContactImport;
import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.ContactImport.State;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ContactImportsContract extends StoreContract {

    private static final Instant STARTED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void anImportKeepsItsLatestCountsAndEveryErrorReportedInLineOrder() {
        ContactImport started = contactImport(ACME, STARTED, State.RUNNING, 0, 0, Optional.empty());
        stores.contactImports().start(started);
        stores.contactImports().update(contactImport(started, State.RUNNING, 5_000, 4_998, Optional.empty()),
                List.of(new LineError(7, "not JSON"), new LineError(4_000, "the contact id is empty")));
        ContactImport failed = contactImport(started, State.FAILED, 7_500, 7_497,
                Optional.of("the body could not be read to its end after line 7500"));
        stores.contactImports().update(failed, List.of(new LineError(6_001, "not JSON")));

        assertThat(stores.contactImports().find(ACME, started.id())).hasValueSatisfying(found -> {
            assertThat(found.state()).isEqualTo(State.FAILED);
            assertThat(found.linesRead()).isEqualTo(7_500);
            assertThat(found.imported()).isEqualTo(7_497);
            assertThat(found.refused()).isEqualTo(3);
            assertThat(found.failure()).isEqualTo(failed.failure());
            assertThat(found.startedAt()).isEqualTo(STARTED);
            assertThat(found.errors()).containsExactly(new LineError(7, "not JSON"),
                    new LineError(4_000, "the contact id is empty"), new LineError(6_001, "not JSON"));
        });
        assertThat(stores.contactImports().find(GLOBEX, started.id())).as("another tenant's").isEmpty();
    }

    @Test
    void theLatestImportsComeNewestFirstWithoutTheirErrors() {
        ContactImport older = contactImport(ACME, STARTED, State.FINISHED, 10, 9, Optional.empty());
        ContactImport newer = contactImport(ACME, STARTED.plusSeconds(60), State.RUNNING, 0, 0, Optional.empty());
        stores.contactImports().start(older);
        stores.contactImports().update(older, List.of(new LineError(3, "not JSON")));
        stores.contactImports().start(newer);
        stores.contactImports().start(contactImport(GLOBEX, STARTED, State.RUNNING, 0, 0, Optional.empty()));

        assertThat(stores.contactImports().latest(ACME, 10)).extracting(ContactImport::id).containsExactly(newer.id(), older.id());
        assertThat(stores.contactImports().latest(ACME, 10)).allSatisfy(found -> assertThat(found.errors()).isEmpty());
        assertThat(stores.contactImports().latest(ACME, 1)).extracting(ContactImport::id).containsExactly(newer.id());
    }

    private static ContactImport contactImport(TenantId tenant, Instant startedAt, State state, long linesRead, long imported,
                                               Optional<String> failure) {
        return new ContactImport(UUID.randomUUID(), tenant, "jsonl", state, linesRead, imported, linesRead - imported,
                List.of(), startedAt, startedAt, failure);
    }

    private static ContactImport contactImport(ContactImport started, State state, long linesRead, long imported,
                                               Optional<String> failure) {
        return new ContactImport(started.id(), started.tenantId(), started.format(), state, linesRead, imported,
                linesRead - imported, List.of(), started.startedAt(), started.startedAt().plusSeconds(5), failure);
    }
}
