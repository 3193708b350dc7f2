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

/**
 * Makes sure the {@code default} tenant and its platform admin exist. The admin's password comes
 * from {@code SWITCHBOARD_ADMIN_PASSWORD}; without it one is generated and shown once, here.
 */
@Singleton
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final InitializeGatewayUseCase initialize;
    private final String username;
    private final String password;

    public FirstStart(InitializeGatewayUseCase initialize,
                      @Value("${switchboard.admin.username:admin}") String username,
                      @Nullable @Value("${switchboard.admin.password:}") String password) {
        this.initialize = initialize;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Optional<String> configured = Optional.ofNullable(password).filter(value -> !value.isBlank());
        initialize.initialize(username, configured).ifPresent(generated -> LOG.warn("""

                ==========================================================================
                  Created the platform admin '{}' with this generated password:

                      {}

                  It is shown this once and stored only as a hash. Log in with
                  POST /login, or set SWITCHBOARD_ADMIN_PASSWORD before the first start.
                ==========================================================================
                """, username, generated));
    }
}
