package switchboard.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;

import java.util.Locale;
import java.util.Optional;

/**
 * Which appender of logback.xml writes the logs: {@code text} (the default) or {@code json} (JSON
 * lines), from {@code SWITCHBOARD_LOG_FORMAT} or {@code -Dswitchboard.log.format}. Logback asks
 * before Micronaut starts; an unknown value gives text here, and {@link LogFormatCheck} then stops
 * the start naming it.
 */
public class LogFormat extends PropertyDefinerBase {

    static final String TEXT = "text";
    static final String JSON = "json";

    @Override
    public String getPropertyValue() {
        return configured().filter(JSON::equals).orElse(TEXT);
    }

    static boolean isKnown(String format) {
        return TEXT.equals(normalised(format)) || JSON.equals(normalised(format));
    }

    private static Optional<String> configured() {
        return Optional.ofNullable(System.getProperty("switchboard.log.format"))
                .or(() -> Optional.ofNullable(System.getenv("SWITCHBOARD_LOG_FORMAT"))).map(LogFormat::normalised);
    }

    private static String normalised(String format) {
        return format.strip().toLowerCase(Locale.ROOT);
    }
}
