package switchboard.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md lists every setting the code reads, and nothing else: the properties of the
 * configuration classes (Micronaut's generated metadata), every {@code switchboard.*} property the
 * sources name in a placeholder or a {@code @Requires}, and every setting application.yml takes from
 * the environment; each row with the environment variable application.yml reads (or Micronaut maps),
 * a meaning, and the default application.yml gives.
 */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "configuration.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| `([a-z0-9.\\-]+)` \\| (.*) \\| (.*) \\|$");
    private static final Pattern NAMED = Pattern.compile("\\$\\{(switchboard\\.[a-z0-9.\\-]+)|property = \"(switchboard\\.[a-z0-9.\\-]+)\"");
    private static final Pattern YML_DEFAULT = Pattern.compile("\\$\\{[A-Z0-9_]+:`?([^`}]*)`?}");
    /** Jakarta Mail's settings: the library's, passed through as they are, documented for the operator. */
    private static final String LIBRARY = "javamail.";

    private final SettingNames names = SettingNames.fromApplicationYml();

    @Test
    void everySettingTheCodeReadsIsDocumentedAndEveryDocumentedSettingIsRead() throws IOException {
        Map<String, String> read = settingsTheCodeReads();
        Map<String, Row> documented = documented();

        assertThat(read).as("settings the code reads and docs/configuration.md lacks")
                .allSatisfy((property, variable) -> assertThat(documented).containsKey(property));
        assertThat(documented.keySet().stream().filter(property -> !property.startsWith(LIBRARY)))
                .as("rows of docs/configuration.md no code reads").allMatch(read::containsKey);
        documented.forEach((property, row) -> {
            if (read.containsKey(property)) {
                assertThat(row.variable()).as("the variable of %s", property).isEqualTo(read.get(property));
            }
            assertThat(row.meaning()).as("the meaning of %s", property).isNotBlank();
            assertThat(row.defaultValue()).as("the default of %s", property).isNotBlank();
        });
    }

    @Test
    void theDefaultsAreApplicationYmlsDefaults() throws IOException {
        Map<String, Row> documented = documented();
        names.defaults().forEach((property, written) -> {
            Matcher fallback = YML_DEFAULT.matcher(String.valueOf(written));
            if (fallback.find() && !fallback.group(1).isEmpty() && documented.containsKey(property)) {
                assertThat(documented.get(property).defaultValue()).as("the default of %s", property)
                        .contains("`" + fallback.group(1) + "`");
            }
        });
    }

    /** Every setting by property, with its environment variable. */
    private Map<String, String> settingsTheCodeReads() throws IOException {
        Map<String, String> read = new TreeMap<>();
        JsonMapper json = JsonMapper.createDefault();
        for (URL metadata : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                Map<String, Object> content = json.readValue(in, Argument.mapOf(String.class, Object.class));
                for (Object property : (List<?>) content.getOrDefault("properties", List.of())) {
                    String name = (String) ((Map<?, ?>) property).get("name");
                    if (name.startsWith("switchboard.")) {
                        read.put(name, names.environmentVariable(name));
                    }
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of(".."))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/")
                    && !file.toString().contains("/bench/")).toList()) {
                Matcher named = NAMED.matcher(Files.readString(source));
                while (named.find()) {
                    String property = named.group(1) != null ? named.group(1) : named.group(2);
                    read.put(property, names.environmentVariable(property));
                }
            }
        }
        names.defaults().forEach((property, written) -> {
            if (String.valueOf(written).matches("(?s).*\\$\\{[A-Z].*") || property.startsWith("datasources.default.")) {
                read.put(property, names.environmentVariable(property));
            }
        });
        return read;
    }

    /** The rows of docs/configuration.md, by property. */
    static Map<String, Row> documented() throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        for (String line : Files.readAllLines(REFERENCE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(2), new Row(row.group(1), row.group(3), row.group(4)));
            }
        }
        return rows;
    }

    record Row(String variable, String meaning, String defaultValue) {
    }
}
