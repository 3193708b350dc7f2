package switchboard.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.FirstStart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through on a data directory a first start already made: the password set
 * later is not applied, the log says so and how to reset it, and the reset works.
 */
class AdminPasswordOnRestartTest {

    private static final String LOGIN = "/login";
    private static final Pattern GENERATED = Pattern.compile("generated password:\\s+(\\S+)");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger firstStart = (Logger) LoggerFactory.getLogger(FirstStart.class);

    @TempDir
    Path dataDir;

    @BeforeEach
    void captureTheLog() {
        log.start();
        firstStart.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        firstStart.detachAppender(log);
    }

    @Test
    void aPasswordSetAfterTheFirstStartIsReportedAndCanBeReset() {
        String generated;
        try (EmbeddedServer first = start(Map.of())) {
            Matcher shown = GENERATED.matcher(warnings());
            assertThat(shown.find()).as("the generated password in the log: %s", warnings()).isTrue();
            generated = shown.group(1);
            assertThat(login(first, generated)).isEqualTo(200);
        }

        log.list.clear();
        try (EmbeddedServer second = start(Map.of("switchboard.admin.password", "chosen after the first start"))) {
            assertThat(login(second, "chosen after the first start")).isEqualTo(401);
            assertThat(login(second, generated)).isEqualTo(200);
            assertThat(warnings()).contains("The platform admin 'admin' exists already with another password:"
                    + " SWITCHBOARD_ADMIN_PASSWORD was not applied").contains("SWITCHBOARD_ADMIN_RESET_PASSWORD=true");
        }

        log.list.clear();
        try (EmbeddedServer reset = start(Map.of("switchboard.admin.password", "chosen after the first start",
                "switchboard.admin.reset-password", "true"))) {
            assertThat(login(reset, "chosen after the first start")).isEqualTo(200);
            assertThat(login(reset, generated)).isEqualTo(401);
            assertThat(warnings()).contains("Set the password of the platform admin 'admin' to SWITCHBOARD_ADMIN_PASSWORD");
        }

        log.list.clear();
        try (EmbeddedServer again = start(Map.of("switchboard.admin.password", "chosen after the first start"))) {
            assertThat(login(again, "chosen after the first start")).isEqualTo(200);
            assertThat(warnings()).as("the configured password is the admin's: nothing to warn of").isEmpty();
        }
    }

    private EmbeddedServer start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "switchboard.data-dir", dataDir.toString(),
                "switchboard.security.bcrypt-cost", 4,
                "switchboard.dispatch.enabled", false,
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("switchboard")));
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static int login(EmbeddedServer server, String password) {
        return new GatewayClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class))
                .post(LOGIN, "{\"username\":\"admin\",\"password\":\"" + password + "\"}", null).status();
    }

    private String warnings() {
        List<String> lines = log.list.stream().filter(event -> event.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        return String.join("\n", lines);
    }
}
