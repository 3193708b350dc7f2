package switchboard.adapter.in.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The console's style sheet and htmx, the one script its pages load (from htmx's webjar). Only
 * these two files are served: nothing else on the class path is reachable through this route.
 */
@Controller(Paths.ROOT + "/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class AssetsController {

    private final ResourceResolver resources;
    private final Map<String, Asset> assets;

    public AssetsController(ResourceResolver resources) {
        this.resources = resources;
        this.assets = Map.of(
                "console.css", new Asset("classpath:console/console.css", MediaType.of("text/css;charset=utf-8")),
                "htmx.min.js", new Asset("classpath:META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js",
                        MediaType.of("text/javascript;charset=utf-8")));
    }

    @Get("/{name}")
    public HttpResponse<?> asset(String name) {
        Asset asset = assets.get(name);
        if (asset == null) {
            return HttpResponse.notFound();
        }
        return resources.getResourceAsStream(asset.location())
                .<HttpResponse<?>>map(stream -> HttpResponse.ok(new StreamedFile(stream, asset.type()))
                        .header("Cache-Control", "public, max-age=3600"))
                .orElseGet(HttpResponse::notFound);
    }

    /** The webjar's version, which the build writes into the console's resources. */
    private String htmxVersion() {
        try (InputStream in = resources.getResourceAsStream("classpath:console/assets.properties")
                .orElseThrow(() -> new IllegalStateException("console/assets.properties is missing from the build"))) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("htmx.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Asset(String location, MediaType type) {
    }
}
