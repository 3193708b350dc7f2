package switchboard.adapter.in.dripcel;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Dripcel's API key, checked before the body is read: who may send, who may only read, and who neither. */
class ApiKeyFilterTest {

    private static final Credential SENDER = key(ApiKeyFilter.SEND);
    private static final Credential READER = key(ApiKeyFilter.READ);

    private final AuthenticateTokenUseCase keys = (type, token) -> type != CredentialType.DRIPCEL_API_KEY ? Optional.empty()
            : Optional.ofNullable(Map.of("send-key", SENDER, "read-key", READER).get(token));
    private final ApiKeyFilter filter = new ApiKeyFilter(keys);

    @Test
    void aKeyThatMaySendPassesAndLeavesItsCredentialForTheControllers() {
        HttpRequest<?> request = HttpRequest.POST("/send/sms", "{}").header(HttpHeaders.AUTHORIZATION, "Bearer send-key");

        assertThat(filter.authenticate(request)).isNull();
        assertThat(request.getAttribute(ApiKeyFilter.CREDENTIAL, Credential.class)).contains(SENDER);
    }

    @Test
    void aReadKeyMayReadAStatusButNotSend() {
        assertThat(filter.authenticate(HttpRequest.GET("/send/sms/42").bearerAuth("read-key"))).isNull();

        assertRefused(filter.authenticate(HttpRequest.POST("/send/sms", "{}").bearerAuth("read-key")), HttpStatus.FORBIDDEN,
                "This API key lacks the sendLog.create permission.");
    }

    @Test
    void aKeyWithNeitherPermissionMayNotRead() {
        AuthenticateTokenUseCase other = (type, token) -> Optional.of(key("contacts.read"));

        assertRefused(new ApiKeyFilter(other).authenticate(HttpRequest.GET("/send/sms/42").bearerAuth("any")),
                HttpStatus.FORBIDDEN, "This API key lacks the sendLog.read permission.");
    }

    @Test
    void withoutABearerKeyOrWithAnUnknownOneTheCallerIsToldHowToSendIt() {
        HttpResponse<DripcelAnswer<Void>> missing = filter.authenticate(HttpRequest.POST("/send/sms", "{}")
                .header(HttpHeaders.AUTHORIZATION, "Basic YTpi"));
        assertRefused(missing, HttpStatus.UNAUTHORIZED, "Send your API key as 'Authorization: Bearer <api key>'.");
        assertThat(missing.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");

        assertRefused(filter.authenticate(HttpRequest.POST("/send/sms", "{}").bearerAuth("stolen")), HttpStatus.UNAUTHORIZED,
                "The API key is not valid.");
    }

    private static void assertRefused(HttpResponse<DripcelAnswer<Void>> answer, HttpStatus status, String error) {
        assertThat(answer).isNotNull();
        assertThat(answer.code()).isEqualTo(status.getCode());
        assertThat(answer.getBody()).contains(new DripcelAnswer<>(false, null, error));
    }

    private static Credential key(String permission) {
        return new Credential(CredentialId.random(), new TenantId("acme"), CredentialType.DRIPCEL_API_KEY, "digest-" + permission,
                null, Set.of(permission), Map.of(), false, Instant.parse("2026-11-22T10:00:00Z"));
    }
}
