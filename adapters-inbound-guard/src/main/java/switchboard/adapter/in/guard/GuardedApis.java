package switchboard.adapter.in.guard;

import io.micronaut.http.filter.FilterPatternStyle;

import java.util.List;
import java.util.Optional;

/** The APIs the guards stand before, and which of them serves a path; see {@link RequestGuardFilter}. */
final class GuardedApis {

    private final List<GuardedApi> apis;

    GuardedApis(List<GuardedApi> apis) {
        this.apis = List.copyOf(apis);
    }

    /** The API whose paths take in {@code path}, matched as {@code @ServerFilter} matches its own patterns. */
    Optional<GuardedApi> serving(String path) {
        return apis.stream()
                .filter(api -> api.paths().stream().anyMatch(pattern -> FilterPatternStyle.ANT.getPathMatcher().matches(pattern, path)))
                .findFirst();
    }
}
