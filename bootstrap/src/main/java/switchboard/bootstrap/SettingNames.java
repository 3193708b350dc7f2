package switchboard.bootstrap;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the settings as an operator writes them: the environment variable that
 * application.yml reads for a property ({@code switchboard.retention.age} is
 * {@code SWITCHBOARD_RETENTION}), else the one Micronaut maps to it by itself
 * ({@code switchboard.dispatch.lease} is {@code SWITCHBOARD_DISPATCH_LEASE}).
 */
public final class SettingNames {

    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Map<String, Object> defaults;

    private SettingNames(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    /** The names of application.yml on the classpath. */
    public static SettingNames fromApplicationYml() {
        try (InputStream yml = SettingNames.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> flat = new TreeMap<>();
            flatten("", new Yaml().load(yml), flat);
            return new SettingNames(flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every property application.yml sets, with its value as written there (placeholders unresolved). */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** The environment variable of a property, e.g. {@code SWITCHBOARD_JWT_SECRET}. */
    public String environmentVariable(String property) {
        Object written = defaults.get(property);
        if (written instanceof String text) {
            Matcher variable = ENVIRONMENT_VARIABLE.matcher(text);
            if (variable.find()) {
                return variable.group(1);
            }
        }
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** How a message names a property: {@code SWITCHBOARD_JWT_SECRET (switchboard.security.jwt-secret)}. */
    public String describe(String property) {
        return environmentVariable(property) + " (" + property + ")";
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, Object> flat) {
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, value) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, value, flat));
        } else {
            flat.put(prefix, node);
        }
    }
}
