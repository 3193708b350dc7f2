package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.audit.AdminAction;
import switchboard.application.audit.AuditEntry;
import switchboard.application.audit.AuditFilter;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The log is shared by the tests of a database: each test writes as an actor of its own, and reads that actor's entries. */
public abstract class AuditLogContract extends StoreContract {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 100);

    private final String ops = "ops-" + UUID.randomUUID();
    private final String root = "root-" + UUID.randomUUID();

    @Test
    void keepsEveryFieldAndListsNewestFirst() {
        AuditEntry first = entry(NOW, ops, Optional.of(ACME), "POST /api/v1/tenants/{tenantId}/credentials");
        AuditEntry second = entry(later(1), ops, Optional.empty(), "POST /api/v1/tenants");
        stores.auditLog().append(first);
        stores.auditLog().append(second);

        Page<AuditEntry> page = stores.auditLog().list(by(ops), FIRST_PAGE);

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void filtersByTenantActorActionStartAndTime() {
        AuditEntry acme = entry(NOW, ops, Optional.of(ACME), "DELETE /api/v1/tenants/{tenantId}/suppressions");
        AuditEntry globex = entry(later(10), ops, Optional.of(GLOBEX), "PUT /api/v1/tenants/{tenantId}/templates/{templateId}");
        AuditEntry platform = entry(later(20), root, Optional.empty(), "POST /api/v1/tenants");
        stores.auditLog().append(acme);
        stores.auditLog().append(globex);
        stores.auditLog().append(platform);

        assertThat(list(new AuditFilter(Optional.of(ACME), Optional.of(ops), Optional.empty(), Optional.empty(),
                Optional.empty()))).containsExactly(acme);
        assertThat(list(by(ops))).containsExactly(globex, acme);
        assertThat(list(by(root))).containsExactly(platform);
        assertThat(list(new AuditFilter(Optional.empty(), Optional.of(ops), Optional.of("PUT /api/v1/tenants/{tenantId}/t"),
                Optional.empty(), Optional.empty()))).containsExactly(globex);
        assertThat(list(new AuditFilter(Optional.empty(), Optional.of(ops), Optional.of("%"), Optional.empty(),
                Optional.empty()))).as("a wildcard is a character like any other").isEmpty();
        assertThat(list(new AuditFilter(Optional.empty(), Optional.of(ops), Optional.empty(), Optional.of(later(10)),
                Optional.of(later(20))))).containsExactly(globex);
    }

    @Test
    void pagesCountTheWholeList() {
        for (int i = 0; i < 5; i++) {
            stores.auditLog().append(entry(later(i), ops, Optional.of(ACME), "POST /x"));
        }

        Page<AuditEntry> page = stores.auditLog().list(by(ops), new PageRequest(1, 2));

        assertThat(page.items()).extracting(AuditEntry::at).containsExactly(later(3), later(2));
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void deletesTheEntriesBeforeATime() {
        stores.auditLog().append(entry(NOW.minusSeconds(60), ops, Optional.of(ACME), "POST /x"));
        AuditEntry kept = entry(NOW.plusSeconds(3600), ops, Optional.of(ACME), "POST /x");
        stores.auditLog().append(kept);

        assertThat(stores.auditLog().deleteBefore(NOW)).isPositive();

        assertThat(list(by(ops))).containsExactly(kept);
    }

    private List<AuditEntry> list(AuditFilter filter) {
        return stores.auditLog().list(filter, FIRST_PAGE).items();
    }

    private static AuditFilter by(String actor) {
        return new AuditFilter(Optional.empty(), Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AuditEntry entry(Instant at, String actor, Optional<TenantId> tenant, String action) {
        return new AuditEntry(UUID.randomUUID(), at, new AdminAction(actor, TenantId.DEFAULT, "127.0.0.1", tenant, action,
                "/api/v1/somewhere", 201));
    }
}
