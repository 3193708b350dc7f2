package switchboard.adapter.in.guard;

import io.micronaut.http.filter.FilterPatternStyle;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The APIs the guards stand before, and which of them serves a path; see {@link RequestGuardFilter} and {@link RequestGate}. */
final class GuardedApis {

    private final List<GuardedApi> apis;

    GuardedApis(List<GuardedApi> apis) {
        this.apis = List.copyOf(apis);
    }

    /** The API whose guarded paths take in {@code path}, matched as {@code @ServerFilter} matches its own patterns. */
    Optional<GuardedApi> serving(String path) {
        return firstMatching(path, GuardedApi::paths);
    }

    /** The API any of whose routes takes in {@code path}. */
    Optional<GuardedApi> routing(String path) {
        return firstMatching(path, GuardedApi::routes);
    }

    private Optional<GuardedApi> firstMatching(String path, Function<GuardedApi, List<String>> patterns) {
        return apis.stream()
                .filter(api -> patterns.apply(api).stream()
                        .anyMatch(pattern -> FilterPatternStyle.ANT.getPathMatcher().matches(pattern, path)))
                .findFirst();
    }
}
