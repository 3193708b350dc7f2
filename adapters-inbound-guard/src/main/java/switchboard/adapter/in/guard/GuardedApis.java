package switchboard.adapter.in.guard;

import io.micronaut.http.filter.FilterPatternStyle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The APIs the guards stand before, and which of them serves a path; see {@link RequestGuardFilter} and {@link RequestGate}. */
final class GuardedApis {

    /**
     * Paths matched before, at most this many for each question: a request is asked about three times
     * and matching splits every pattern and the path anew (a tenth of a send's request handling), while
     * the sends come to a few paths. Paths past the bound (ids, probes) are matched each time.
     */
    static final int REMEMBERED_PATHS = 1024;

    private final List<GuardedApi> apis;
    private final Map<String, Optional<GuardedApi>> servingByPath = new ConcurrentHashMap<>();
    private final Map<String, Optional<GuardedApi>> routingByPath = new ConcurrentHashMap<>();

    GuardedApis(List<GuardedApi> apis) {
        this.apis = List.copyOf(apis);
    }

    /** The API whose guarded paths take in {@code path}, matched as {@code @ServerFilter} matches its own patterns. */
    Optional<GuardedApi> serving(String path) {
        return remembered(servingByPath, path, GuardedApi::paths);
    }

    /** The API any of whose routes takes in {@code path}. */
    Optional<GuardedApi> routing(String path) {
        return remembered(routingByPath, path, GuardedApi::routes);
    }

    private Optional<GuardedApi> remembered(Map<String, Optional<GuardedApi>> known, String path,
                                            Function<GuardedApi, List<String>> patterns) {
        Optional<GuardedApi> api = known.get(path);
        if (api == null) {
            api = firstMatching(path, patterns);
            if (known.size() < REMEMBERED_PATHS) {
                known.put(path, api);
            }
        }
        return api;
    }

    private Optional<GuardedApi> firstMatching(String path, Function<GuardedApi, List<String>> patterns) {
        return apis.stream()
                .filter(api -> patterns.apply(api).stream()
                        .anyMatch(pattern -> FilterPatternStyle.ANT.getPathMatcher().matches(pattern, path)))
                .findFirst();
    }
}
