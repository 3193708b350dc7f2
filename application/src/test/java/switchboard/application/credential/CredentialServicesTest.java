package switchboard.application.credential;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.application.tenant.InitializeGatewayService;
import switchboard.application.tenant.InitializeGatewayUseCase.Admin;
import switchboard.application.tenant.InitializeGatewayUseCase.Initialized;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialServicesTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final FakePasswordHasher passwords = new FakePasswordHasher();
    private final Clock clock = Clock.systemUTC();
    private final CreateCredentialService create = new CreateCredentialService(stores.tenants(), stores.credentials(), passwords, clock);
    private static final LoginPolicy UNLIMITED = new LoginPolicy(Optional.empty(), Optional.empty(), 1, Duration.ZERO);

    private final AuthenticateAdminService authenticate = new AuthenticateAdminService(stores.credentials(), stores.tenants(),
            passwords, stores.loginFailures(), UNLIMITED, clock);
    private final InitializeGatewayService initialize = new InitializeGatewayService(stores.tenants(), stores.credentials(), passwords, clock);

    @BeforeEach
    void tenant() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
    }

    @Test
    void issuesARandomTokenOnceAndKeepsOnlyItsDigest() {
        IssuedCredential issued = create.create(command(CredentialType.FLIPLET_TOKEN, null, null, Set.of()));
        String token = issued.secret().orElseThrow();

        assertThat(token).startsWith("sbf_").hasSizeGreaterThan(40);
        assertThat(issued.credential().lookupKey()).isEqualTo(SecretTokens.digest(token)).doesNotContain(token);
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, SecretTokens.digest(token))).isPresent();
        assertThat(create.create(command(CredentialType.FLIPLET_TOKEN, null, null, Set.of())).secret()).isNotEqualTo(issued.secret());
    }

    @Test
    void dripcelKeysKeepTheirPermissions() {
        IssuedCredential issued = create.create(command(CredentialType.DRIPCEL_API_KEY, null, null, Set.of("sendLog.create")));

        assertThat(issued.secret().orElseThrow()).startsWith("sbd_");
        assertThat(issued.credential().permits("sendLog.create")).isTrue();
    }

    @Test
    void capillaryUsersAreCheckedAgainstTheMd5OfTheirPasswordAndWriteCommunicationByDefault() throws Exception {
        IssuedCredential issued = create.create(command(CredentialType.CAPILLARY_BASIC, "till", "correct horse battery", Set.of()));

        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest("correct horse battery".getBytes(StandardCharsets.UTF_8)));
        assertThat(passwords.matches(md5, issued.credential().secretHash())).isTrue();
        assertThat(passwords.matches("correct horse battery", issued.credential().secretHash())).isFalse();
        assertThat(issued.credential().canWrite("Communication")).isTrue();
        assertThat(issued.secret()).isEmpty();
    }

    @Test
    void capillaryOauthClientsGetAKeyAndASecretShownOnce() {
        IssuedCredential issued = create.create(new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_OAUTH, null, null,
                Set.of(), Map.of("Communication", AccessLevel.READ)));

        assertThat(issued.credential().lookupKey()).startsWith("sbk_");
        assertThat(issued.secret().orElseThrow()).startsWith("sbs_");
        assertThat(SecretTokens.matchesDigest(issued.secret().get(), issued.credential().secretHash())).isTrue();
        assertThat(issued.credential().canWrite("Communication")).isFalse();
    }

    @Test
    void usernamesAreUniqueAndTenantsMustExist() {
        create.create(command(CredentialType.ADMIN, "ops", "a long enough password", Set.of()));

        assertThatThrownBy(() -> create.create(command(CredentialType.ADMIN, "ops", "another long password", Set.of())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ops");
        assertThatThrownBy(() -> create.create(new CreateCredentialCommand(new TenantId("nobody"), CredentialType.FLIPLET_TOKEN,
                null, null, Set.of(), Map.of()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void commandsRefuseShortPasswordsAndSecretsTheGatewayShouldChoose() {
        assertThatThrownBy(() -> command(CredentialType.ADMIN, "ops", "short", Set.of())).hasMessageContaining("12 to 200");
        assertThatThrownBy(() -> command(CredentialType.ADMIN, "o:ps", "a long enough password", Set.of()))
                .hasMessageContaining("colons");
        assertThatThrownBy(() -> command(CredentialType.FLIPLET_TOKEN, "x", "a long enough password", Set.of()))
                .hasMessageContaining("takes no username or password");
        assertThatThrownBy(() -> existing(CredentialType.FLIPLET_TOKEN, null, "short")).hasMessageContaining("8 to 200");
        assertThatThrownBy(() -> existing(CredentialType.DRIPCEL_API_KEY, null, "with a space")).hasMessageContaining("spaces");
        assertThatThrownBy(() -> existing(CredentialType.CAPILLARY_OAUTH, "client-key", null)).hasMessageContaining("both");
        assertThatThrownBy(() -> new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_BASIC, "till", "pw",
                "5f4dcc3b5aa765d61d8327deb882cf99", null, Set.of(), Map.of())).hasMessageContaining("one of the two");
        assertThatThrownBy(() -> new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_BASIC, "till", null,
                "not an md5", null, Set.of(), Map.of())).hasMessageContaining("32 hex digits");
    }

    @Test
    void existingTokensAndKeysAreKeptAsDigestsAndNotShownAgain() {
        IssuedCredential fliplet = create.create(existing(CredentialType.FLIPLET_TOKEN, null, "eu--existing-fliplet-token"));
        IssuedCredential dripcel = create.create(existing(CredentialType.DRIPCEL_API_KEY, null, "existing-dripcel-key"));
        IssuedCredential oauth = create.create(existing(CredentialType.CAPILLARY_OAUTH, "client-key", "client-secret"));

        assertThat(fliplet.secret()).isEmpty();
        assertThat(fliplet.credential().lookupKey()).isEqualTo(SecretTokens.digest("eu--existing-fliplet-token"));
        assertThat(dripcel.secret()).isEmpty();
        assertThat(stores.credentials().findByLookupKey(CredentialType.DRIPCEL_API_KEY,
                SecretTokens.digest("existing-dripcel-key"))).isPresent();
        assertThat(oauth.secret()).isEmpty();
        assertThat(oauth.credential().lookupKey()).isEqualTo("client-key");
        assertThat(SecretTokens.matchesDigest("client-secret", oauth.credential().secretHash())).isTrue();
    }

    @Test
    void aTakenExistingSecretIsRefusedWithoutNamingIt() {
        create.create(existing(CredentialType.FLIPLET_TOKEN, null, "eu--existing-fliplet-token"));
        create.create(existing(CredentialType.CAPILLARY_OAUTH, "client-key", "client-secret"));

        assertThatThrownBy(() -> create.create(existing(CredentialType.FLIPLET_TOKEN, null, "eu--existing-fliplet-token")))
                .isInstanceOf(ConflictException.class).hasMessage("this Fliplet token belongs to another credential already");
        assertThatThrownBy(() -> create.create(existing(CredentialType.CAPILLARY_OAUTH, "client-key", "another-secret")))
                .isInstanceOf(ConflictException.class).hasMessage("the key 'client-key' is taken");
    }

    @Test
    void capillaryUsersKeepShortPasswordsOrTheirMd5WhileAdminsNeedTwelveCharacters() {
        IssuedCredential shortPassword = create.create(command(CredentialType.CAPILLARY_BASIC, "till", "abc", Set.of()));
        IssuedCredential digest = create.create(new CreateCredentialCommand(ACME, CredentialType.CAPILLARY_BASIC, "kim", null,
                "5F4DCC3B5AA765D61D8327DEB882CF99", null, Set.of(), Map.of()));

        assertThat(passwords.matches("900150983cd24fb0d6963f7d28e17f72", shortPassword.credential().secretHash())).isTrue();
        assertThat(passwords.matches("5f4dcc3b5aa765d61d8327deb882cf99", digest.credential().secretHash())).isTrue();
        assertThatThrownBy(() -> command(CredentialType.ADMIN, "ops", "abc", Set.of())).hasMessageContaining("12 to 200");
    }

    @Test
    void authenticatesAdminsByPasswordOnly() {
        create.create(command(CredentialType.ADMIN, "ops", "a long enough password", Set.of()));
        create.create(command(CredentialType.CAPILLARY_BASIC, "till", "a long enough password", Set.of()));

        assertThat(logIn("ops", "a long enough password")).hasValueSatisfying(principal -> {
            assertThat(principal.tenantId()).isEqualTo(ACME);
            assertThat(principal.platformAdmin()).isFalse();
        });
        assertThat(logIn("ops", "wrong password here")).isEmpty();
        assertThat(logIn("nobody", "a long enough password")).isEmpty();
        assertThat(logIn("till", "a long enough password")).as("not an admin").isEmpty();
        assertThat(logIn("", "")).isEmpty();
    }

    @Test
    void theFirstStartCreatesTheDefaultTenantAndAPlatformAdminWithAGeneratedPassword() {
        Initialized first = initialize.initialize("admin", Optional.empty(), false);

        assertThat(first.admin()).isEqualTo(Admin.CREATED_WITH_GENERATED_PASSWORD);
        String generated = first.generatedPassword().orElseThrow();
        assertThat(generated).hasSizeGreaterThan(30);
        assertThat(stores.tenants().find(TenantId.DEFAULT)).isPresent();
        assertThat(logIn("admin", generated))
                .hasValueSatisfying(principal -> assertThat(principal.platformAdmin()).isTrue());
        assertThat(initialize.initialize("admin", Optional.empty(), false))
                .as("later starts change nothing").isEqualTo(new Initialized(Admin.EXISTED, Optional.empty()));
        assertThat(stores.credentials().list(TenantId.DEFAULT)).hasSize(1);
    }

    @Test
    void aConfiguredAdminPasswordIsUsedAndNeverShown() {
        assertThat(initialize.initialize("root", Optional.of("configured password"), false))
                .isEqualTo(new Initialized(Admin.CREATED, Optional.empty()));

        assertThat(logIn("root", "configured password")).isPresent();
    }

    private Optional<AdminPrincipal> logIn(String username, String password) {
        LoginOutcome outcome = authenticate.authenticate(new LoginAttempt(username, password, "192.0.2.1"));
        return outcome instanceof LoginOutcome.LoggedIn loggedIn ? Optional.of(loggedIn.admin()) : Optional.empty();
    }

    @Test
    void aPasswordConfiguredLaterIsIgnoredUnlessAResetIsAskedFor() {
        initialize.initialize("root", Optional.of("first password"), false);

        assertThat(initialize.initialize("root", Optional.of("first password"), false).admin()).isEqualTo(Admin.EXISTED);
        assertThat(initialize.initialize("root", Optional.of("second password"), false).admin())
                .isEqualTo(Admin.PASSWORD_NOT_APPLIED);
        assertThat(logIn("root", "second password")).isEmpty();
        assertThat(logIn("root", "first password")).isPresent();

        CredentialId id = stores.credentials().findByLookupKey(CredentialType.ADMIN, "root").orElseThrow().id();
        assertThat(initialize.initialize("root", Optional.of("second password"), true).admin()).isEqualTo(Admin.PASSWORD_RESET);
        assertThat(logIn("root", "first password")).isEmpty();
        assertThat(logIn("root", "second password"))
                .hasValueSatisfying(principal -> assertThat(principal.platformAdmin()).isTrue());
        assertThat(stores.credentials().findByLookupKey(CredentialType.ADMIN, "root").orElseThrow().id()).isEqualTo(id);
        assertThat(initialize.initialize("root", Optional.of("second password"), true).admin())
                .as("a reset left on changes nothing more").isEqualTo(Admin.EXISTED);
        assertThatThrownBy(() -> initialize.initialize("root", Optional.empty(), true)).hasMessageContaining("needs the password");
    }

    private static CreateCredentialCommand existing(CredentialType type, String key, String secret) {
        return new CreateCredentialCommand(ACME, type, key, null, null, secret, Set.of(), Map.of());
    }

    private static CreateCredentialCommand command(CredentialType type, String username, String password, Set<String> permissions) {
        return new CreateCredentialCommand(ACME, type, username, password, permissions, Map.of());
    }
}
