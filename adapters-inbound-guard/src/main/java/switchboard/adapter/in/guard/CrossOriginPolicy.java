package switchboard.adapter.in.guard;

import io.micronaut.core.util.PathMatcher;

import java.util.List;

/**
 * Which browser pages may call one API: the API's paths (Ant-style patterns) and the origins
 * allowed, exactly as a browser sends them ({@code https://app.example.com}), or {@code *} for any.
 */
public record CrossOriginPolicy(List<String> paths, List<String> allowedOrigins) {

    public static final String ANY_ORIGIN = "*";

    public CrossOriginPolicy {
        paths = List.copyOf(paths);
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    boolean covers(String path) {
        return paths.stream().anyMatch(pattern -> PathMatcher.ANT.matches(pattern, path));
    }

    boolean allows(String origin) {
        return allowedOrigins.contains(ANY_ORIGIN) || allowedOrigins.contains(origin);
    }
}
