package switchboard.application.credential;

import java.util.Optional;

public interface IssueAccessTokenUseCase {

    /**
     * A short-lived access token for the Capillary OAuth client with this key and secret, or
     * empty when there is no such client or the secret is wrong.
     */
    Optional<IssuedAccessToken> issue(String key, String secret);
}
