package switchboard.application.credential;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.SettableClock;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatePasswordServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final String PASSWORD = "correct horse battery";
    private static final String MD5_OF_PASSWORD = md5Hex(PASSWORD);

    private final InMemoryStores stores = new InMemoryStores();
    private final SettableClock clock = new SettableClock(Instant.parse("2024-02-22T00:00:00Z"));
    private final CountingHasher hasher = new CountingHasher();
    private final CreateCredentialService create = new CreateCredentialService(stores.tenants(), stores.credentials(), hasher, clock);
    private final AuthenticatePasswordService authenticate = new AuthenticatePasswordService(stores.credentials(),
            stores.tenants(), hasher, clock, Duration.ofSeconds(60));

    @BeforeEach
    void tenant() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
    }

    @Test
    void aCapillaryUserIsCheckedAgainstTheMd5ItSends() {
        IssuedCredential till = capillaryUser("till");

        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD))
                .contains(till.credential());
        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", PASSWORD)).as("the password itself").isEmpty();
        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "nobody", MD5_OF_PASSWORD)).isEmpty();
        assertThat(authenticate.authenticate(CredentialType.ADMIN, "till", MD5_OF_PASSWORD)).as("another type").isEmpty();
        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, null, null)).isEmpty();
    }

    @Test
    void aSuccessfulCheckIsRememberedForItsTimeButAWrongPasswordNever() {
        capillaryUser("till");
        authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD);
        int slowChecks = hasher.matches.get();

        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD)).isPresent();
        assertThat(hasher.matches.get()).as("remembered").isEqualTo(slowChecks);
        authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", "wrong");
        authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", "wrong");
        assertThat(hasher.matches.get()).as("failures are checked every time").isEqualTo(slowChecks + 2);

        clock.advance(Duration.ofSeconds(61));
        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD)).isPresent();
        assertThat(hasher.matches.get()).as("checked again once the time is up").isEqualTo(slowChecks + 3);
    }

    @Test
    void aRevokedCredentialIsRefusedAtOnceEvenWhileItsCheckIsRemembered() {
        IssuedCredential till = capillaryUser("till");
        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD)).isPresent();

        stores.credentials().remove(ACME, till.credential().id());

        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD)).isEmpty();
    }

    @Test
    void aCredentialRecreatedUnderTheSameNameIsCheckedAfresh() {
        IssuedCredential first = capillaryUser("till");
        authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD);
        stores.credentials().remove(ACME, first.credential().id());
        IssuedCredential second = capillaryUser("till");

        assertThat(authenticate.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD))
                .contains(second.credential());
    }

    @Test
    void withNothingToRememberEveryRequestIsChecked() {
        capillaryUser("till");
        AuthenticatePasswordService forgetful = new AuthenticatePasswordService(stores.credentials(), stores.tenants(), hasher, clock,
                Duration.ZERO);
        int before = hasher.matches.get();

        forgetful.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD);
        forgetful.authenticate(CredentialType.CAPILLARY_BASIC, "till", MD5_OF_PASSWORD);

        assertThat(hasher.matches.get()).isEqualTo(before + 2);
    }

    private IssuedCredential capillaryUser(String username) {
        return create.create(new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_BASIC, username, PASSWORD, Set.of(),
                Map.of()));
    }

    /** What a Capillary client sends in place of the password. */
    private static String md5Hex(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingHasher implements PasswordHasher {
        private final FakePasswordHasher fake = new FakePasswordHasher();
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String hash(String password) {
            return fake.hash(password);
        }

        @Override
        public boolean matches(String password, String hash) {
            matches.incrementAndGet();
            return fake.matches(password, hash);
        }
    }
}
