package switchboard.application.tenant;

import java.util.Optional;

public interface InitializeGatewayUseCase {

    /**
     * Creates the {@code default} tenant and the platform admin if they do not exist: on the
     * first start, or after the admin was revoked. Safe when several processes start at once.
     *
     * @param username      the platform admin's username
     * @param password      the platform admin's password, or empty to generate one
     * @param resetPassword whether an admin of that username that exists already gets {@code password}
     * @return what became of the admin, with the generated password to show this once
     */
    Initialized initialize(String username, Optional<String> password, boolean resetPassword);

    /** What the start did with the platform admin. */
    enum Admin {
        /** Created, with a password generated here. */
        CREATED_WITH_GENERATED_PASSWORD,
        /** Created, with the password given. */
        CREATED,
        /** It existed, and keeps its password: none was given, or the one given is its password. */
        EXISTED,
        /** It existed, and keeps its password, which is not the one given. */
        PASSWORD_NOT_APPLIED,
        /** It existed, and its password is now the one given. */
        PASSWORD_RESET
    }

    /** @param generatedPassword the generated password, only with {@link Admin#CREATED_WITH_GENERATED_PASSWORD} */
    record Initialized(Admin admin, Optional<String> generatedPassword) {
    }
}
