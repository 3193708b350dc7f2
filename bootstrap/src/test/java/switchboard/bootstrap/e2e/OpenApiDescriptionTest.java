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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.yaml describes exactly the routes the gateway serves (HEAD comes with every GET),
 * is valid OpenAPI, and is served by the gateway with an interactive reference page. (That every
 * exchange of the end-to-end tests matches it is {@link ApiDescription}'s check.)
 */
@MicronautTest(transactional = false)
class OpenApiDescriptionTest extends GatewayTest {

    private static final Path DESCRIPTION = ApiDescription.DOCUMENT;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/api-docs/[^\"]+)\"");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");

    @Inject
    Router router;

    /** Providers that bring routes of their own (Twilio's status callbacks) are on, so that those routes are served. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.twilio.enabled", "true");
    }

    /** The console's routes are pages, not an API: docs/console.md describes them. */
    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() throws IOException {
        Set<String> served = new TreeSet<>();
        router.uriRoutes().filter(route -> !route.getHttpMethod().name().equals("HEAD"))
                .filter(route -> !route.getUriMatchTemplate().toPathString().startsWith("/console"))
                .forEach(route -> served.add(
                route.getHttpMethod().name() + " " + route.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+)[^}]*}", "{$1}")));

        assertThat(described()).isEqualTo(served);
    }

    @Test
    void theDescriptionIsAValidOpenApiDocument() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(DESCRIPTION.toUri().toString(), null, null);

        assertThat(parsed.getMessages()).as("problems in %s", DESCRIPTION).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void theGatewayServesTheDescriptionAsItIs() throws Exception {
        HttpResponse<String> served = fetch("/openapi.yaml");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Files.readString(DESCRIPTION));
    }

    @Test
    void theReferencePageLoadsSwaggerUiOverTheServedDescription() throws Exception {
        HttpResponse<String> page = fetch("/api-docs/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        Matcher assets = ASSET.matcher(page.body());
        List<String> loaded = new ArrayList<>();
        while (assets.find()) {
            HttpResponse<String> asset = fetch(assets.group(1));
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.body()).as(assets.group(1)).isNotBlank();
            loaded.add(assets.group(1));
        }
        assertThat(loaded).contains("/api-docs/swagger-ui/swagger-ui-bundle.js", "/api-docs/swagger-ui/swagger-ui.css",
                "/api-docs/reference.js");
        assertThat(fetch("/api-docs/reference.js").body()).contains("SwaggerUIBundle").contains("\"/openapi.yaml\"");
    }

    /** A plain GET, not through GatewayClient: these pages are not part of the API they describe. */
    private HttpResponse<String> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
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
