package switchboard.application.credential;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import switchboard.application.credential.port.AccessTokenClaims;
import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.RememberingSigner;
import switchboard.application.memory.SettableClock;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenServicesTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final SettableClock clock = new SettableClock(Instant.parse("2024-02-22T00:00:00Z"));
    private final RememberingSigner signer = new RememberingSigner();
    private final CreateCredentialService create = new CreateCredentialService(stores.tenants(), stores.credentials(),
            new FakePasswordHasher(), Clock.systemUTC());
    private final IssueAccessTokenService issue = new IssueAccessTokenService(stores.credentials(), stores.tenants(), signer,
            Duration.ofSeconds(300), clock);
    private final AuthenticateAccessTokenService authenticate = new AuthenticateAccessTokenService(stores.credentials(),
            stores.tenants(), signer, clock);

    private IssuedCredential client;

    @BeforeEach
    void oauthClient() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
        client = create.create(new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_OAUTH, null, null, Set.of(), Map.of()));
    }

    @Test
    void aKeyAndSecretBuyATokenThatNamesTheClientAndExpires() {
        IssuedAccessToken token = issue.issue(client.credential().lookupKey(), client.secret().orElseThrow()).orElseThrow();

        assertThat(token.ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(300));
        assertThat(signer.signed.get(token.token())).isEqualTo(new AccessTokenClaims(client.credential().id(),
                client.credential().lookupKey(), clock.instant(), token.expiresAt()));
        assertThat(authenticate.authenticate(token.token())).contains(client.credential());
    }

    @Test
    void aWrongSecretOrKeyBuysNothing() {
        String key = client.credential().lookupKey();

        assertThat(issue.issue(key, "sbs_wrong")).isEmpty();
        assertThat(issue.issue("sbk_unknown", client.secret().orElseThrow())).isEmpty();
        assertThat(issue.issue(null, null)).isEmpty();
        assertThat(signer.signed).isEmpty();
    }

    @Test
    void aTokenIsRefusedOnceItExpires() {
        String token = issue.issue(client.credential().lookupKey(), client.secret().orElseThrow()).orElseThrow().token();

        clock.advance(Duration.ofSeconds(299));
        assertThat(authenticate.authenticate(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticate.authenticate(token)).isEmpty();
    }

    @Test
    void aTokenOfARevokedClientIsRefused() {
        String token = issue.issue(client.credential().lookupKey(), client.secret().orElseThrow()).orElseThrow().token();

        stores.credentials().remove(ACME, client.credential().id());

        assertThat(authenticate.authenticate(token)).isEmpty();
    }

    @Test
    void anythingTheSignerDidNotSignIsRefused() {
        assertThat(authenticate.authenticate("forged")).isEmpty();
        assertThat(authenticate.authenticate(" ")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
    }
}
