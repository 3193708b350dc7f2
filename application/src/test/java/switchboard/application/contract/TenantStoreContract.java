package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class TenantStoreContract extends StoreContract {

    @Test
    void findsWhatWasAdded() {
        assertThat(stores.tenants().find(ACME)).hasValueSatisfying(tenant -> {
            assertThat(tenant.name()).isEqualTo("Acme");
            assertThat(tenant.contactFields()).isEqualTo(ContactFields.DEFAULT);
            assertThat(tenant.createdAt()).isEqualTo(NOW);
        });
        assertThat(stores.tenants().find(new TenantId("initech"))).isEmpty();
    }

    @Test
    void refusesASecondTenantWithTheSameId() {
        assertThat(stores.tenants().add(new Tenant(ACME, "Other", ContactFields.DEFAULT, NOW))).isFalse();
        assertThat(stores.tenants().find(ACME).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void updatesContactFields() {
        ContactFields custom = new ContactFields(List.of("work_email", "email"), List.of("msisdn"), List.of("devices"));
        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withContactFields(custom));

        assertThat(stores.tenants().find(ACME).orElseThrow().contactFields()).isEqualTo(custom);
        assertThat(stores.tenants().find(GLOBEX).orElseThrow().contactFields()).isEqualTo(ContactFields.DEFAULT);
    }

    @Test
    void keepsARetentionOfItsOwnUntilItIsCleared() {
        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).isEmpty();
        assertThat(stores.tenants().retentionOverrides()).isEmpty();

        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withRetention(Optional.of(Duration.ofDays(90))));

        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).contains(Duration.ofDays(90));
        assertThat(stores.tenants().retentionOverrides()).isEqualTo(Map.of(ACME, Duration.ofDays(90)));

        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withRetention(Optional.empty()));

        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).isEmpty();
        assertThat(stores.tenants().retentionOverrides()).isEmpty();
    }
}
