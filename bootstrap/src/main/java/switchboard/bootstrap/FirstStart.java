package switchboard.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

import switchboard.application.tenant.InitializeGatewayUseCase;
import switchboard.application.tenant.InitializeGatewayUseCase.Initialized;

/**
 * Makes sure the {@code default} tenant and its platform admin exist. The admin's password comes
 * from {@code SWITCHBOARD_ADMIN_PASSWORD}; without it one is generated and shown once, here. Once
 * the admin exists its password stays, unless {@code SWITCHBOARD_ADMIN_RESET_PASSWORD} asks for the
 * configured one; either way the log says which.
 */
@Singleton
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final InitializeGatewayUseCase initialize;
    private final String username;
    private final Optional<String> password;
    private final boolean resetPassword;

    public FirstStart(InitializeGatewayUseCase initialize,
                      @Value("${switchboard.admin.username:admin}") String username,
                      @Nullable @Value("${switchboard.admin.password:}") String password,
                      @Value("${switchboard.admin.reset-password:false}") boolean resetPassword) {
        this.initialize = initialize;
        this.username = username;
        this.password = Optional.ofNullable(password).filter(value -> !value.isBlank());
        this.resetPassword = resetPassword;
        if (resetPassword && this.password.isEmpty()) {
            throw new IllegalStateException("switchboard.admin.reset-password is true, but SWITCHBOARD_ADMIN_PASSWORD"
                    + " (switchboard.admin.password), the password to set, is empty");
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Initialized initialized = initialize.initialize(username, password, resetPassword);
        switch (initialized.admin()) {
            case CREATED_WITH_GENERATED_PASSWORD -> LOG.warn("""

                    ==========================================================================
                      Created the platform admin '{}' with this generated password:

                          {}

                      It is shown this once and stored only as a hash. Log in with
                      POST /login, or set SWITCHBOARD_ADMIN_PASSWORD before the first start.
                    ==========================================================================
                    """, username, initialized.generatedPassword().orElseThrow());
            case CREATED -> LOG.info("Created the platform admin '{}' with the password of SWITCHBOARD_ADMIN_PASSWORD", username);
            case EXISTED -> LOG.info("The platform admin '{}' exists", username);
            case PASSWORD_NOT_APPLIED -> LOG.warn("The platform admin '{}' exists already with another password:"
                    + " SWITCHBOARD_ADMIN_PASSWORD was not applied, and POST /login takes the password the admin had. To set it"
                    + " to SWITCHBOARD_ADMIN_PASSWORD, start once with SWITCHBOARD_ADMIN_RESET_PASSWORD=true"
                    + " (README: The platform admin's password)", username);
            case PASSWORD_RESET -> LOG.warn("Set the password of the platform admin '{}' to SWITCHBOARD_ADMIN_PASSWORD, as"
                    + " SWITCHBOARD_ADMIN_RESET_PASSWORD asked; remove that setting now", username);
        }
    }
}
