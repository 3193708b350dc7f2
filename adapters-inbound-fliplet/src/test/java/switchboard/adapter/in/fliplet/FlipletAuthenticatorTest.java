package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where Fliplet accepts an app token, and the tenant it names. */
class FlipletAuthenticatorTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final Credential APP_TOKEN = new Credential(CredentialId.random(), ACME, CredentialType.FLIPLET_TOKEN,
            "digest-of-token", null, Set.of(), Map.of(), false, Instant.parse("2026-11-22T10:00:00Z"));

    private final List<String> asked = new ArrayList<>();
    private final AuthenticateTokenUseCase tokens = (type, token) -> {
        asked.add(token);
        return type == CredentialType.FLIPLET_TOKEN && token.equals("app-token") ? Optional.of(APP_TOKEN) : Optional.empty();
    };
    private final FlipletAuthenticator authenticator = new FlipletAuthenticator(tokens);

    /** The {@code auth_token} query parameter, the third place, needs a server to parse the query: FlipletApiTest sends it. */
    @Test
    void theTokenIsReadFromAuthTokenOrABearerHeader() {
        assertThat(authenticator.tenantOf(HttpRequest.POST("/v1/communicate/email", "").header("Auth-token", "app-token")))
                .isEqualTo(ACME);
        assertThat(authenticator.tenantOf(HttpRequest.POST("/v1/communicate/email", "").header("Authorization", "bearer app-token")))
                .isEqualTo(ACME);
    }

    @Test
    void theAuthTokenHeaderComesFirst() {
        HttpRequest<?> request = HttpRequest.POST("/v1/communicate/email?auth_token=other", "")
                .header("Auth-token", "app-token").bearerAuth("other");

        assertThat(authenticator.tenantOf(request)).isEqualTo(ACME);
        assertThat(asked).containsExactly("app-token");
    }

    @Test
    void aMissingOrUnknownTokenIsNotAuthorised() {
        assertThatThrownBy(() -> authenticator.tenantOf(HttpRequest.POST("/v1/communicate/email", "")))
                .isInstanceOf(NotAuthorisedException.class)
                .hasMessage("The auth_token provided doesn't belong to any user.");
        assertThatThrownBy(() -> authenticator.tenantOf(HttpRequest.POST("/v1/communicate/email", "").header("Auth-token", "x")))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> authenticator.tenantOf(HttpRequest.POST("/v1/communicate/email", "")
                .header("Authorization", "Basic YTpi"))).isInstanceOf(NotAuthorisedException.class);
        assertThat(asked).containsExactly("x");
    }

    @Test
    void theTokenIsLookedUpOncePerRequest() {
        HttpRequest<?> request = HttpRequest.POST("/v1/communicate/email", "").header("Auth-token", "app-token");

        assertThat(authenticator.credential(request)).contains(APP_TOKEN);
        assertThat(authenticator.tenantOf(request)).isEqualTo(ACME);
        assertThat(asked).containsExactly("app-token");
    }
}
