package switchboard.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Starts the gateway. A start that a setting stops ends the process with one line naming that
 * setting (the whole trace is logged at DEBUG), rather than Micronaut's pages of bean paths.
 */
public final class Application extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        // Micronaut's banner is not a log line: JSON logs go without it.
        new Application().mainClass(Application.class).banner(!LogFormat.JSON.equals(new LogFormat().getPropertyValue()))
                .args(args).start();
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        Optional<String> setting = new StartupFailure(SettingNames.fromApplicationYml()).describe(exception, environment);
        if (setting.isEmpty() || environment.getActiveNames().contains(Environment.TEST)) {
            super.handleStartupException(environment, exception);
            return;
        }
        LOG.error("Switchboard did not start: {}", setting.get());
        LOG.debug("What stopped the start", exception);
        System.exit(1);
    }
}
