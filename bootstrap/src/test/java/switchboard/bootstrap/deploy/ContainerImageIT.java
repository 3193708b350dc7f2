package switchboard.bootstrap.deploy;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image as the build writes it (target/jib-image-layout.tar: Jib's image of the
 * gateway on an empty base, which needs no registry; the published image has the same layers and
 * settings on eclipse-temurin:17-jre). Containers cannot run here, so what can be read is checked:
 * the user is not root, the port and the data volume, the entrypoint, and that the layers hold what
 * the entrypoint starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageIT {

    private final JsonMapper json = JsonMapper.createDefault();
    private Map<String, Object> config;
    /** Every file of every layer, by path, with its mode. */
    private final Map<String, Integer> files = new HashMap<>();
    private String classpathFile;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readTheImage() throws IOException {
        Path tarball = Path.of(System.getProperty("switchboard.image-layout", "target/jib-image-layout.tar"));
        assertThat(tarball).as("the image the package phase writes").isRegularFile();
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream image = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = image.getNextEntry(); entry != null; entry = image.getNextEntry()) {
                entries.put(entry.getName(), image.readAllBytes());
            }
        }
        List<Map<String, Object>> manifest = json.readValue(entries.get("manifest.json"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        config = (Map<String, Object>) json.readValue(entries.get((String) manifest.get(0).get("Config")),
                Argument.mapOf(String.class, Object.class)).get("config");
        for (Object layer : (List<?>) manifest.get(0).get("Layers")) {
            readLayer(new GZIPInputStream(new ByteArrayInputStream(entries.get((String) layer))));
        }
    }

    @Test
    void itRunsAsAUserWhoIsNotRoot() {
        String user = (String) config.get("User");
        assertThat(user).isNotBlank().doesNotStartWith("0").doesNotStartWith("root");
        assertThat(user).matches("\\d+:\\d+");
    }

    @Test
    void itListensOnThePortOfItsProbesAndKeepsItsDataInAVolume() {
        assertThat(object("ExposedPorts")).containsOnlyKeys("8080/tcp");
        assertThat(object("Volumes")).containsOnlyKeys("/var/lib/switchboard");
        assertThat(strings("Env")).contains("SWITCHBOARD_DATA_DIR=/var/lib/switchboard");
        assertThat(files.get("var/lib/switchboard")).as("the data directory, writable by any user").isEqualTo(0777);
    }

    @Test
    void theEntrypointStartsTheGatewayFromClassesTheLayersHold() {
        List<String> entrypoint = strings("Entrypoint");
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint.get(entrypoint.size() - 1)).isEqualTo("switchboard.bootstrap.Application");
        assertThat(entrypoint).contains("-cp", "@/app/jib-classpath-file");

        assertThat(files).containsKeys("app/classes/switchboard/bootstrap/Application.class",
                "app/resources/application.yml", "app/resources/public/description/openapi.yaml", "app/jib-classpath-file");
        assertThat(classpathFile.strip().split(":")).contains("/app/classes", "/app/resources")
                .anySatisfy(entry -> assertThat(entry).matches("/app/libs/micronaut-http-server-netty-.*\\.jar"))
                .allSatisfy(entry -> assertThat(entry.endsWith("*") || files.containsKey(entry.substring(1))
                        || files.keySet().stream().anyMatch(file -> file.startsWith(entry.substring(1) + "/")))
                        .as("%s is in a layer", entry).isTrue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String key) {
        return (Map<String, Object>) config.get(key);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String key) {
        return (List<String>) config.get(key);
    }

    private void readLayer(InputStream layer) throws IOException {
        try (TarArchiveInputStream files = new TarArchiveInputStream(layer)) {
            for (TarArchiveEntry entry = files.getNextEntry(); entry != null; entry = files.getNextEntry()) {
                String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", "").replaceFirst("^/", "");
                this.files.put(name, entry.getMode() & 0777);
                if (name.equals("app/jib-classpath-file")) {
                    classpathFile = new String(files.readAllBytes());
                }
            }
        }
    }
}
