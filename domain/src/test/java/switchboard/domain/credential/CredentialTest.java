package switchboard.domain.credential;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialTest {

    @Test
    void passwordCredentialsNeedAHashAndTokensHaveNone() {
        assertThatThrownBy(() -> credential(CredentialType.ADMIN, null, false)).hasMessageContaining("needs a secret hash");
        assertThatThrownBy(() -> credential(CredentialType.FLIPLET_TOKEN, "hash", false)).hasMessageContaining("has no a secret hash");
    }

    @Test
    void onlyAdminsCanBePlatformAdmins() {
        assertThatThrownBy(() -> credential(CredentialType.CAPILLARY_BASIC, "hash", true)).hasMessageContaining("platform admin");
        assertThat(credential(CredentialType.ADMIN, "hash", true).platformAdmin()).isTrue();
    }

    @Test
    void answersForPermissionsAndAccess() {
        Credential credential = new Credential(CredentialId.random(), TenantId.DEFAULT, CredentialType.CAPILLARY_BASIC, "till",
                "hash", Set.of("sendLog.create"), Map.of("Communication", AccessLevel.WRITE, "Points", AccessLevel.READ),
                false, Instant.EPOCH);
        assertThat(credential.permits("sendLog.create")).isTrue();
        assertThat(credential.permits("contacts.read")).isFalse();
        assertThat(credential.canWrite("Communication")).isTrue();
        assertThat(credential.canWrite("Points")).isFalse();
    }

    private static Credential credential(CredentialType type, String hash, boolean platformAdmin) {
        return new Credential(CredentialId.random(), TenantId.DEFAULT, type, "someone", hash, Set.of(), Map.of(),
                platformAdmin, Instant.EPOCH);
    }
}
