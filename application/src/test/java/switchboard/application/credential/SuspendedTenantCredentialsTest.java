package switchboard.application.credential;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.RememberingSigner;
import switchboard.application.memory.SettableClock;
import switchboard.application.tenant.DeleteTenantService;
import switchboard.application.tenant.ResumeTenantService;
import switchboard.application.tenant.SuspendTenantService;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way of authenticating refuses a suspended or deleted tenant's credentials, and only that tenant's. */
class SuspendedTenantCredentialsTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final String PASSWORD = "a long enough password";
    /** What a Capillary client sends for its password (an md5 hex digest in real life). */
    private static final String CAPILLARY_SECRET = "what-the-till-sends";

    private final InMemoryStores stores = new InMemoryStores();
    private final FakePasswordHasher passwords = new FakePasswordHasher();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final RememberingSigner signer = new RememberingSigner();
    private final CreateCredentialService create = new CreateCredentialService(stores.tenants(), stores.credentials(), passwords,
            clock);
    private final AuthenticateAdminService login = new AuthenticateAdminService(stores.credentials(), stores.tenants(), passwords,
            stores.loginFailures(), new LoginPolicy(Optional.empty(), Optional.empty(), 2, Duration.ZERO), clock);
    private final ConfirmAdminSessionService sessions = new ConfirmAdminSessionService(stores.credentials(), stores.tenants());
    private final AuthenticateTokenService tokens = new AuthenticateTokenService(stores.credentials(), stores.tenants());
    private final AuthenticatePasswordService basic = new AuthenticatePasswordService(stores.credentials(), stores.tenants(),
            passwords, clock, Duration.ofMinutes(1));
    private final IssueAccessTokenService issue = new IssueAccessTokenService(stores.credentials(), stores.tenants(), signer,
            Duration.ofMinutes(5), clock);
    private final AuthenticateAccessTokenService accessTokens = new AuthenticateAccessTokenService(stores.credentials(),
            stores.tenants(), signer, clock);
    private final SuspendTenantService suspend = new SuspendTenantService(stores.tenants(), stores.credentials(), clock);
    private final ResumeTenantService resume = new ResumeTenantService(stores.tenants());

    private String flipletToken;
    private String dripcelKey;
    private String globexToken;
    private IssuedCredential oauthClient;

    @BeforeEach
    void tenantsWithCredentials() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
        stores.tenants().add(new Tenant(GLOBEX, "Globex", ContactFields.DEFAULT, clock.instant()));
        create.create(new CreateCredentialCommand(ACME, CredentialType.ADMIN, "ops", PASSWORD, Set.of(), Map.of()));
        flipletToken = secret(ACME, CredentialType.FLIPLET_TOKEN);
        dripcelKey = secret(ACME, CredentialType.DRIPCEL_API_KEY);
        globexToken = secret(GLOBEX, CredentialType.FLIPLET_TOKEN);
        oauthClient = create.create(new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_OAUTH, null, null, Set.of(),
                Map.of()));
        stores.credentials().add(new Credential(CredentialId.random(), ACME, CredentialType.CAPILLARY_BASIC, "till",
                passwords.hash(CAPILLARY_SECRET), Set.of(), Map.of(), false, clock.instant()));
    }

    @Test
    void aSuspensionRefusesEveryCredentialOfTheTenantAndAResumptionRestoresThem() {
        AdminSession session = session(login.authenticate(new LoginAttempt("ops", PASSWORD, "192.0.2.1")));
        String accessToken = issue.issue(oauthClient.credential().lookupKey(), oauthClient.secret().orElseThrow())
                .orElseThrow().token();
        assertThat(basic.authenticate(CredentialType.CAPILLARY_BASIC, "till", CAPILLARY_SECRET)).as("remembered").isPresent();

        suspend.suspend(ACME);

        assertThat(login.authenticate(new LoginAttempt("ops", PASSWORD, "192.0.2.1"))).isEqualTo(new LoginOutcome.Refused());
        assertThat(sessions.isCurrent(session)).isFalse();
        assertThat(tokens.authenticate(CredentialType.FLIPLET_TOKEN, flipletToken)).isEmpty();
        assertThat(tokens.authenticate(CredentialType.DRIPCEL_API_KEY, dripcelKey)).isEmpty();
        assertThat(basic.authenticate(CredentialType.CAPILLARY_BASIC, "till", CAPILLARY_SECRET)).as("even remembered").isEmpty();
        assertThat(issue.issue(oauthClient.credential().lookupKey(), oauthClient.secret().orElseThrow())).isEmpty();
        assertThat(accessTokens.authenticate(accessToken)).isEmpty();
        assertThat(tokens.authenticate(CredentialType.FLIPLET_TOKEN, globexToken)).as("another tenant's").isPresent();

        resume.resume(ACME);

        assertThat(sessions.isCurrent(session)).isTrue();
        assertThat(login.authenticate(new LoginAttempt("ops", PASSWORD, "192.0.2.1"))).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(tokens.authenticate(CredentialType.FLIPLET_TOKEN, flipletToken)).isPresent();
        assertThat(tokens.authenticate(CredentialType.DRIPCEL_API_KEY, dripcelKey)).isPresent();
        assertThat(basic.authenticate(CredentialType.CAPILLARY_BASIC, "till", CAPILLARY_SECRET)).isPresent();
        assertThat(accessTokens.authenticate(accessToken)).isPresent();
    }

    @Test
    void aDeletionRefusesEveryCredentialOfTheTenant() {
        AdminSession session = session(login.authenticate(new LoginAttempt("ops", PASSWORD, "192.0.2.1")));
        String accessToken = issue.issue(oauthClient.credential().lookupKey(), oauthClient.secret().orElseThrow())
                .orElseThrow().token();

        new DeleteTenantService(stores.tenants(), stores.credentials()).delete(ACME);

        assertThat(sessions.isCurrent(session)).isFalse();
        assertThat(tokens.authenticate(CredentialType.FLIPLET_TOKEN, flipletToken)).isEmpty();
        assertThat(basic.authenticate(CredentialType.CAPILLARY_BASIC, "till", CAPILLARY_SECRET)).isEmpty();
        assertThat(accessTokens.authenticate(accessToken)).isEmpty();
        assertThat(tokens.authenticate(CredentialType.FLIPLET_TOKEN, globexToken)).isPresent();
    }

    private String secret(TenantId tenant, CredentialType type) {
        return create.create(new CreateCredentialCommand(tenant, type, null, null, Set.of(), Map.of())).secret().orElseThrow();
    }

    private static AdminSession session(LoginOutcome outcome) {
        AdminPrincipal admin = ((LoginOutcome.LoggedIn) outcome).admin();
        return new AdminSession(admin.username(), admin.credentialId(), admin.sessionStamp());
    }
}
