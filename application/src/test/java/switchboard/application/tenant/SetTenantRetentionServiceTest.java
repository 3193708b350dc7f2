package switchboard.application.tenant;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetTenantRetentionServiceTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final SetTenantRetentionService service = new SetTenantRetentionService(stores.tenants(),
            new IdempotencyPolicy(Duration.ofHours(48), Duration.ofMinutes(2), Duration.ofSeconds(1)));

    @Test
    void setsAndClearsTheTenantsRetention() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.parse("2026-11-22T10:00:00Z")));

        assertThat(service.setRetention(ACME, Optional.of(Duration.ofDays(90))).retention()).contains(Duration.ofDays(90));
        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).contains(Duration.ofDays(90));

        assertThat(service.setRetention(ACME, Optional.empty()).retention()).isEmpty();
        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).isEmpty();
    }

    @Test
    void refusesARetentionShorterThanTheIdempotencyKeysAndKeepsTheOneBefore() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.parse("2026-11-22T10:00:00Z")));
        service.setRetention(ACME, Optional.of(Duration.ofDays(2)));

        assertThatThrownBy(() -> service.setRetention(ACME, Optional.of(Duration.ofDays(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Idempotency-Key retention (48h)");
        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).contains(Duration.ofDays(2));
    }

    @Test
    void refusesAnUnknownTenant() {
        assertThatThrownBy(() -> service.setRetention(ACME, Optional.of(Duration.ofDays(90))))
                .isInstanceOf(NotFoundException.class);
    }
}
