package switchboard.bootstrap;

import com.zaxxer.hikari.pool.HikariPool;
import io.micronaut.core.value.PropertyResolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what stopped the start because of a setting into one line naming that setting, for an
 * operator: a database that does not take a connection, a value Micronaut could not convert (a
 * duration written {@code 10 minutes}), or a check of the gateway's own, whose message starts with
 * the property it refuses ({@code switchboard.security.jwt-secret must be...}).
 */
final class StartupFailure {

    private static final String DATABASE_URL = "datasources.default.url";
    private static final Pattern UNCONVERTIBLE = Pattern.compile(
            "Error resolving property value \\[(?:\\$\\{)?([a-z][\\w.\\-]*)[^\\]]*]\\.\\s*(.*)");
    private static final Pattern REFUSED_SETTING = Pattern.compile(
            "^((?:switchboard|datasources|micronaut|javamail)\\.[a-z0-9][\\w.\\-]*)(?: \\([A-Z0-9_]+\\))?\\s+(.*)", Pattern.DOTALL);

    private final SettingNames names;

    StartupFailure(SettingNames names) {
        this.names = names;
    }

    /** The line that says which setting stopped the start, if a setting did. */
    Optional<String> describe(Throwable failure, PropertyResolver settings) {
        List<Throwable> causes = innermostFirst(failure);
        for (Throwable cause : causes) {
            if (cause instanceof HikariPool.PoolInitializationException) {
                String url = settings.getProperty(DATABASE_URL, String.class).map(StartupFailure::withoutParameters).orElse("");
                return Optional.of(names.describe(DATABASE_URL) + " and its username and password: cannot connect to "
                        + url + ": " + firstLine((cause.getCause() == null ? cause : cause.getCause()).getMessage()));
            }
        }
        for (Throwable cause : causes) {
            String message = String.valueOf(cause.getMessage());
            Matcher unconvertible = UNCONVERTIBLE.matcher(message);
            if (unconvertible.find()) {
                return Optional.of(names.describe(unconvertible.group(1)) + " is not valid: " + unconvertible.group(2));
            }
            Matcher refused = REFUSED_SETTING.matcher(message);
            if (refused.matches()) {
                return Optional.of(names.describe(refused.group(1)) + " " + firstLine(refused.group(2)));
            }
        }
        return Optional.empty();
    }

    private static List<Throwable> innermostFirst(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        Collections.reverse(causes);
        return causes;
    }

    /** A JDBC URL may carry a password among its parameters: they are left out. */
    private static String withoutParameters(String url) {
        return url.replaceFirst("[?;].*", "");
    }

    private static String firstLine(String text) {
        String line = String.valueOf(text).strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
