package switchboard.application.tenant;

import java.util.Optional;

public interface InitializeGatewayUseCase {

    /**
     * Creates the {@code default} tenant and the platform admin if they do not exist: on the
     * first start, or after the admin was revoked. Safe when several processes start at once.
     *
     * @param username the platform admin's username
     * @param password the platform admin's password, or empty to generate one
     * @return the generated password, when one was generated, to show this once
     */
    Optional<String> initialize(String username, Optional<String> password);
}
