package switchboard.bootstrap;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/compose.yaml and the Kubernetes manifests parse, name only settings the gateway has (those
 * of docs/configuration.md, which {@link ConfigurationReferenceTest} keeps in step with the code),
 * take their secrets from the environment or a Secret, and wire the health probes, the port and the
 * image's user.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final String IMAGE_USER = "10001";

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheGatewayOnPostgresWithSecretsFromTheEnvironment() throws IOException {
        Map<String, Object> compose = load(DEPLOY.resolve("compose.yaml")).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> gateway = (Map<String, Object>) services.get("gateway");
        Map<String, Object> environment = (Map<String, Object>) gateway.get("environment");

        assertThat(services).containsKeys("gateway", "postgres");
        assertDocumented(environment.keySet());
        assertThat(environment.get("DATASOURCES_DEFAULT_URL")).asString().startsWith("jdbc:postgresql://postgres:5432/");
        List.of("DATASOURCES_DEFAULT_PASSWORD", "SWITCHBOARD_JWT_SECRET", "SWITCHBOARD_ENCRYPTION_KEY", "SWITCHBOARD_ADMIN_PASSWORD")
                .forEach(secret -> assertThat(environment.get(secret)).as(secret).asString().matches("\\$\\{[A-Z_]+:\\?.*}"));
        assertThat((List<String>) gateway.get("ports")).containsExactly("8080:8080");
        assertThat(String.join(" ", (List<String>) ((Map<String, Object>) gateway.get("healthcheck")).get("test")))
                .contains("/dev/tcp/127.0.0.1/8080").contains("GET /health/readiness");
        assertThat((Map<String, Object>) gateway.get("depends_on")).containsKey("postgres");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesRunsTwoReplicasWithProbesResourcesAndTheSecret() throws IOException {
        Map<String, Object> deployment = load(DEPLOY.resolve("kubernetes/deployment.yaml")).get(0);
        Map<String, Object> secret = load(DEPLOY.resolve("kubernetes/secret.example.yaml")).get(0);
        Map<String, Object> service = load(DEPLOY.resolve("kubernetes/service.yaml")).get(0);
        assertThat(List.of(deployment.get("kind"), secret.get("kind"), service.get("kind")))
                .containsExactly("Deployment", "Secret", "Service");

        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
        Map<String, Object> podSecurity = (Map<String, Object>) pod.get("securityContext");
        assertThat(podSecurity).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", Integer.parseInt(IMAGE_USER));
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat((List<Map<String, Object>>) container.get("ports")).singleElement()
                .satisfies(port -> assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 8080));
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/health/liveness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/health/liveness");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/health/readiness");
        Map<String, Object> resources = (Map<String, Object>) container.get("resources");
        assertThat(resources).containsKeys("requests", "limits");

        Map<String, Object> secretRef = (Map<String, Object>) ((List<Map<String, Object>>) container.get("envFrom")).get(0).get("secretRef");
        assertThat(secretRef.get("name")).isEqualTo(((Map<String, Object>) secret.get("metadata")).get("name"));
        Set<String> fromSecret = ((Map<String, Object>) secret.get("stringData")).keySet();
        assertThat(fromSecret).contains("DATASOURCES_DEFAULT_URL", "SWITCHBOARD_JWT_SECRET", "SWITCHBOARD_ENCRYPTION_KEY");
        assertDocumented(fromSecret);
        assertDocumented(((List<Map<String, Object>>) container.get("env")).stream().map(variable -> (String) variable.get("name"))
                .collect(Collectors.toSet()));

        Map<String, Object> serviceSpec = (Map<String, Object>) service.get("spec");
        Map<String, Object> podLabels = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("template"))
                .get("metadata")).get("labels");
        assertThat(podLabels).containsAllEntriesOf((Map<String, Object>) serviceSpec.get("selector"));
        assertThat((List<Map<String, Object>>) serviceSpec.get("ports")).singleElement()
                .satisfies(port -> assertThat(port).containsEntry("targetPort", "http"));
    }

    @Test
    void theManifestsRunAsTheImagesUser() throws IOException {
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<user>" + IMAGE_USER + ":" + IMAGE_USER + "</user>");
    }

    @SuppressWarnings("unchecked")
    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> httpGet = (Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet");
        assertThat(httpGet).as(probe).containsEntry("port", "http");
        return (String) httpGet.get("path");
    }

    private static void assertDocumented(Set<String> variables) throws IOException {
        Set<String> documented = ConfigurationReferenceTest.documented().values().stream()
                .map(ConfigurationReferenceTest.Row::variable).collect(Collectors.toSet());
        assertThat(variables).as("settings named in deploy/ that docs/configuration.md does not list").isSubsetOf(documented);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(document -> documents.add((Map<String, Object>) document));
        }
        return documents;
    }
}
