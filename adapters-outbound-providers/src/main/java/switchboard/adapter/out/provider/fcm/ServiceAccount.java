package switchboard.adapter.out.provider.fcm;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import switchboard.adapter.out.provider.support.ProviderFailure;

/**
 * A Google service account that sends through FCM: its key, and the access tokens
 * google-auth-library gets with it (a JWT signed with the key, RS256, exchanged at the key
 * file's {@code token_uri}). The library keeps the token and gets a new one when less than
 * 3 min 45 s of it remain, one request at a time however many threads ask.
 */
final class ServiceAccount {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    private final GoogleCredentials credentials;
    private final Optional<String> projectId;

    private ServiceAccount(GoogleCredentials credentials, Optional<String> projectId) {
        this.credentials = credentials;
        this.projectId = projectId;
    }

    /**
     * @param keyJson   the service account's key file, as JSON
     * @param transport how to reach the token endpoint
     * @throws ProviderFailure (rejected) when the key is not a service account key
     */
    static ServiceAccount fromKey(String keyJson, JdkHttpTransport transport) throws ProviderFailure {
        try {
            ServiceAccountCredentials key = ServiceAccountCredentials.fromStream(
                    new ByteArrayInputStream(keyJson.getBytes(StandardCharsets.UTF_8)), () -> transport);
            // The dispatcher retries failed sends; the library's own retries would hold a worker for seconds.
            GoogleCredentials scoped = key.createWithCustomRetryStrategy(false).createScoped(List.of(SCOPE));
            return new ServiceAccount(scoped, Optional.ofNullable(key.getProjectId()).filter(id -> !id.isBlank()));
        } catch (IOException | RuntimeException e) {
            // The library's messages may quote the key's content: none of it goes into the error.
            throw ProviderFailure.rejected("the FCM service account key is not a Google service account key file"
                    + " (JSON with type service_account, project_id, private_key_id, private_key, client_email,"
                    + " client_id, token_uri)");
        }
    }

    /** The project named in the key file, if any. */
    Optional<String> projectId() {
        return projectId;
    }

    /**
     * A valid access token: the one kept, or a new one from the token endpoint.
     *
     * @throws IOException when the token endpoint refused the key or could not be reached; see
     *                     {@link FcmFailures#ofTokenRequest}
     */
    String accessToken() throws IOException {
        credentials.refreshIfExpired();
        return credentials.getAccessToken().getTokenValue();
    }
}
