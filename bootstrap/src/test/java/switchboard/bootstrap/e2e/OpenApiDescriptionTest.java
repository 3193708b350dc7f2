package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/openapi.yaml describes exactly the routes the gateway serves (HEAD comes with every GET). */
@MicronautTest(transactional = false)
class OpenApiDescriptionTest extends GatewayTest {

    private static final Path DESCRIPTION = Path.of("..", "docs", "openapi.yaml");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");

    @Inject
    Router router;

    /** Providers that bring routes of their own (Twilio's status callbacks) are on, so that those routes are served. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.twilio.enabled", "true");
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() throws IOException {
        Set<String> served = new TreeSet<>();
        router.uriRoutes().filter(route -> !route.getHttpMethod().name().equals("HEAD")).forEach(route -> served.add(
                route.getHttpMethod().name() + " " + route.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+)[^}]*}", "{$1}")));

        assertThat(described()).isEqualTo(served);
    }

    @Test
    void theDescriptionIsAValidOpenApiDocument() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(DESCRIPTION.toUri().toString(), null, null);

        assertThat(parsed.getMessages()).as("problems in %s", DESCRIPTION).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> described() throws IOException {
        Set<String> described = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(DESCRIPTION)) {
            Map<String, Object> openApi = new Yaml().load(reader);
            ((Map<String, Map<String, Object>>) openApi.get("paths")).forEach((path, item) -> item.keySet().stream()
                    .filter(OPERATIONS::contains)
                    .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        }
        return described;
    }
}
