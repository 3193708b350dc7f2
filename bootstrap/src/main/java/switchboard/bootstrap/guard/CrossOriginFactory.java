package switchboard.bootstrap.guard;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import switchboard.adapter.in.guard.CrossOriginPolicies;
import switchboard.adapter.in.guard.CrossOriginPolicy;

/**
 * The APIs' CORS policies, {@code switchboard.cors.<api>.paths} and {@code .allowed-origins}
 * (comma-separated; application.yml holds each API's paths, and no origin). An origin that is not
 * {@code scheme://host[:port]} or {@code *} stops the start with a line naming the setting.
 */
@Factory
class CrossOriginFactory {

    private static final String PREFIX = "switchboard.cors";
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#]+");

    @Singleton
    CrossOriginPolicies crossOriginPolicies(Environment environment) {
        return new CrossOriginPolicies(environment.getPropertyEntries(PREFIX).stream().sorted().map(api -> new CrossOriginPolicy(
                list(environment, PREFIX + "." + api + ".paths"),
                origins(environment, PREFIX + "." + api + ".allowed-origins"))).toList());
    }

    private static List<String> origins(Environment environment, String setting) {
        List<String> origins = list(environment, setting);
        origins.stream().filter(origin -> !origin.equals(CrossOriginPolicy.ANY_ORIGIN) && !ORIGIN.matcher(origin).matches())
                .findFirst().ifPresent(origin -> {
                    throw new IllegalStateException(setting + " holds '" + origin + "': write origins as scheme://host[:port], "
                            + "such as https://app.example.com, comma-separated, or * for any");
                });
        return origins;
    }

    private static List<String> list(Environment environment, String setting) {
        return environment.getProperty(setting, String.class).stream()
                .flatMap(text -> Arrays.stream(text.split(","))).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
