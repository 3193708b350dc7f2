package switchboard.adapter.in.admin.credential;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.credential.CreateCredentialCommand;
import switchboard.application.credential.IssuedCredential;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials as the Admin API asks for them and shows them: each type's own fields, secrets once. */
class CredentialViewTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aRequestNamesItsTypeAsTheApiSpellsItAndAccessLevelsInAnyCase() {
        CreateCredentialCommand command = new NewCredential("capillary-oauth", null, null, null, null, null, null, null, List.of("b", "a", "b"),
                Map.of("Communication", "write", "Reports", "Read")).command(TENANT);

        assertThat(command.type()).isEqualTo(CredentialType.CAPILLARY_OAUTH);
        assertThat(command.permissions()).containsExactlyInAnyOrder("a", "b");
        assertThat(command.access()).isEqualTo(Map.of("Communication", AccessLevel.WRITE, "Reports", AccessLevel.READ));
    }

    @Test
    void anUnknownTypeOrAccessLevelIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> new NewCredential("root", "ann", "a-long-password", null, null, null, null, null, null, null).command(TENANT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'root' is not a credential type; use one of " + CredentialTypeName.NAMES);
        assertThatThrownBy(() -> new NewCredential("capillary-oauth", null, null, null, null, null, null, null, null, Map.of("Communication", "ADMIN"))
                .command(TENANT)).isInstanceOf(InvalidValueException.class)
                .hasMessage("access level 'ADMIN' for Communication is not READ or WRITE");
    }

    @Test
    void anExistingSecretGoesToTheCommandUnderItsTypesNameOnly() {
        assertThat(new NewCredential("dripcel-api-key", null, null, null, null, "existing-api-key", null, null, null, null)
                .command(TENANT).secret()).isEqualTo("existing-api-key");
        CreateCredentialCommand oauth = new NewCredential("capillary-oauth", null, null, null, null, null, "client-key",
                "client-secret", null, null).command(TENANT);
        assertThat(oauth.username()).isEqualTo("client-key");
        assertThat(oauth.secret()).isEqualTo("client-secret");
        assertThatThrownBy(() -> new NewCredential("fliplet-token", null, null, null, null, "existing-api-key", null, null,
                null, null).command(TENANT)).isInstanceOf(InvalidValueException.class)
                .hasMessage("'apiKey' is for a dripcel-api-key credential only");
        assertThatThrownBy(() -> new NewCredential("capillary-oauth", "client-key", null, null, null, null, null,
                "client-secret", null, null).command(TENANT)).isInstanceOf(InvalidValueException.class)
                .hasMessage("a capillary-oauth credential has a 'key', not a 'username'");
    }

    @Test
    void theRequestsSecretsNeverShowInItsText() {
        assertThat(new NewCredential("admin", "ann", "a-long-password", null, null, null, null, null, null, null).toString())
                .doesNotContain("a-long-password");
        assertThat(new NewCredential("capillary-basic", "ann", null, "5f4dcc3b5aa765d61d8327deb882cf99", null, null, null,
                null, null, null).toString()).doesNotContain("5f4dcc3b5aa765d61d8327deb882cf99");
        assertThat(new NewCredential("capillary-oauth", null, null, null, null, null, "key", "oauth-secret", null, null)
                .toString()).doesNotContain("oauth-secret");
    }

    @Test
    void aListedCredentialShowsItsLoginNameOrKeyButNeverItsSecret() {
        Credential admin = credential(CredentialType.ADMIN, "ann", "hash", Set.of(), Map.of());
        Credential oauth = credential(CredentialType.CAPILLARY_OAUTH, "client-key", "hash",
                Set.of(), Map.of("Reports", AccessLevel.READ, "Communication", AccessLevel.WRITE));
        Credential apiKey = credential(CredentialType.DRIPCEL_API_KEY, "digest", null, Set.of("sendLog.read", "sendLog.create"),
                Map.of());

        assertThat(CredentialView.of(admin)).isEqualTo(new CredentialView(admin.id().toString(), "admin", "ann", null, null, null,
                CREATED));
        assertThat(CredentialView.of(oauth)).isEqualTo(new CredentialView(oauth.id().toString(), "capillary-oauth", null,
                "client-key", null, Map.of("Communication", "WRITE", "Reports", "READ"), CREATED));
        assertThat(CredentialView.of(oauth).access().keySet()).containsExactly("Communication", "Reports");
        assertThat(CredentialView.of(apiKey)).isEqualTo(new CredentialView(apiKey.id().toString(), "dripcel-api-key", null, null,
                List.of("sendLog.create", "sendLog.read"), null, CREATED));
    }

    @Test
    void anIssuedSecretIsShownOnceUnderItsTypesName() {
        Credential token = credential(CredentialType.FLIPLET_TOKEN, "digest", null, Set.of(), Map.of());
        Credential apiKey = credential(CredentialType.DRIPCEL_API_KEY, "digest", null, Set.of(), Map.of());
        Credential oauth = credential(CredentialType.CAPILLARY_OAUTH, "client-key", "hash", Set.of(), Map.of());
        Credential basic = credential(CredentialType.CAPILLARY_BASIC, "till-1", "hash", Set.of(), Map.of());

        assertThat(issued(token, "s3cret")).isEqualTo(new IssuedCredentialView(token.id().toString(), "fliplet-token", null,
                "s3cret", null, null, null));
        assertThat(issued(apiKey, "s3cret")).isEqualTo(new IssuedCredentialView(apiKey.id().toString(), "dripcel-api-key", null,
                null, "s3cret", null, null));
        assertThat(issued(oauth, "s3cret")).isEqualTo(new IssuedCredentialView(oauth.id().toString(), "capillary-oauth", null,
                null, null, "client-key", "s3cret"));
        assertThat(issued(basic, null)).isEqualTo(new IssuedCredentialView(basic.id().toString(), "capillary-basic", "till-1",
                null, null, null, null));
    }

    private static IssuedCredentialView issued(Credential credential, String secret) {
        return IssuedCredentialView.of(new IssuedCredential(credential, Optional.ofNullable(secret)));
    }

    private static Credential credential(CredentialType type, String lookupKey, String secretHash, Set<String> permissions,
                                         Map<String, AccessLevel> access) {
        return new Credential(CredentialId.random(), TENANT, type, lookupKey, secretHash, permissions, access, false, CREATED);
    }
}
