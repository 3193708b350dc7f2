package switchboard.domain.scope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ScopeBoundsTest {

    private static final Duration FAST = Duration.ofSeconds(2);
    private static final String HOSTILE_INPUT = "a".repeat(5_000) + "!";

    @Test
    void acceptsTheDefaultDepthAndRefusesOneLevelMore() {
        assertThat(Scope.parse(nested(16)).matches(nested(16))).isTrue();
        assertThatThrownBy(() -> Scope.parse(nested(17))).isInstanceOf(InvalidScopeException.class)
                .hasMessage("the scope is nested deeper than 16 levels");
    }

    @Test
    void refusesAHugelyNestedQueryWithoutWalkingAllOfIt() {
        Map<String, Object> query = assertTimeoutPreemptively(FAST, () -> nested(100_000));
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> Scope.parse(query))
                .hasMessage("the scope is nested deeper than 16 levels"));
    }

    @Test
    void countsArraysAndObjectsAsLevels() {
        // {"$or": [{"$or": [...]}]}: each $or is an object and an array
        Object query = Map.of("Age", 1);
        for (int i = 0; i < 8; i++) {
            query = Map.of("$or", List.of(query));
        }
        Object seventeen = query;
        assertThatThrownBy(() -> Scope.parse(seventeen)).hasMessage("the scope is nested deeper than 16 levels");
        assertThat(Scope.parse(Map.of("$or", List.of(Map.of("$or", List.of(Map.of("Age", 1)))))).matches(Map.of("Age", 1))).isTrue();
    }

    @Test
    void acceptsTheDefaultSizeAndRefusesOneValueMore() {
        // the query, the operator object and the array are 3 values; 497 entries make 500
        assertThat(Scope.parse(emailIn(497)).matches(Map.of("Email", "user496@example.org"))).isTrue();
        assertThatThrownBy(() -> Scope.parse(emailIn(498))).isInstanceOf(InvalidScopeException.class)
                .hasMessage("the scope has more than 500 values");
    }

    @Test
    void appliesCustomLimits() {
        ScopeLimits tight = new ScopeLimits(3, 6, 5, 1_000);
        assertThat(Scope.parse(Map.of("Email", Map.of("$regex", "^nick")), tight).matches(Map.of("Email", "nick@x.org"))).isTrue();
        assertThatThrownBy(() -> Scope.parse(Map.of("Email", Map.of("$regex", "^nick@")), tight))
                .hasMessage("the regex at Email is longer than 5 characters");
        assertThatThrownBy(() -> Scope.parse(Map.of("A", Map.of("B", Map.of("C", Map.of("D", 1)))), tight))
                .hasMessage("the scope is nested deeper than 3 levels");
        assertThatThrownBy(() -> Scope.parse(Map.of("Email", Map.of("$in", List.of(1, 2, 3, 4))), tight))
                .hasMessage("the scope has more than 6 values");
    }

    @Test
    void refusesRegexPatternsLongerThanTheDefault() {
        assertThat(Scope.parse(Map.of("Name", Map.of("$regex", "a".repeat(500)))).matches(Map.of("Name", "a".repeat(500)))).isTrue();
        assertThatThrownBy(() -> Scope.parse(Map.of("Name", Map.of("$regex", "a".repeat(501)))))
                .hasMessage("the regex at Name is longer than 500 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "((a+)+)+$", "(a+)+\\1$", "(.*a){25}", "(a*)*(a*)*(a*)*b"})
    void stopsCatastrophicBacktrackingFastWithAnError(String pattern) {
        Scope scope = Scope.parse(Map.of("Name", Map.of("$regex", pattern)));
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> scope.matches(Map.of("Name", HOSTILE_INPUT)))
                .isInstanceOf(InvalidScopeException.class)
                .hasMessage("the regex '" + pattern + "' at Name gave up after 1000000 steps on a contact's value: make it simpler"));
    }

    @Test
    void stopsARegexThatWouldOverflowTheStackWithAnError() {
        Scope scope = Scope.parse(Map.of("Name", Map.of("$not", Map.of("$regex", "^(a|b)+$"))));
        assertThat(scope.matches(Map.of("Name", "abba"))).isFalse();
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> scope.matches(Map.of("Name", "ab".repeat(100_000))))
                .isInstanceOf(InvalidScopeException.class)
                .hasMessage("the regex '^(a|b)+$' at Name.$not nests too deeply on a contact's value: make it simpler, e.g. [ab]+ instead of (a|b)+"));
    }

    @Test
    void anExhaustedBudgetIsNeverReadAsNoMatch() {
        Scope negated = Scope.parse(Map.of("Name", Map.of("$not", Map.of("$regex", "((a+)+)+$"))));
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> negated.matches(Map.of("Name", HOSTILE_INPUT)))
                .hasMessageContaining("gave up after"));
    }

    @Test
    void aHostilePatternStillAnswersOnShortValues() {
        Scope scope = Scope.parse(Map.of("Name", Map.of("$regex", "((a+)+)+$")));
        assertThat(scope.matches(Map.of("Name", "aaaa"))).isTrue();
        assertThat(scope.matches(Map.of("Name", "aaab!"))).isFalse();
    }

    @Test
    void eachValueGetsAFreshBudget() {
        Scope scope = Scope.parse(Map.of("Tags", Map.of("$regex", "b")), new ScopeLimits(16, 500, 500, 200));
        assertThat(scope.matches(Map.of("Tags", List.of("a".repeat(150), "a".repeat(150))))).isFalse();
        assertThat(scope.matches(Map.of("Tags", List.of("a".repeat(150), "a".repeat(150) + "b")))).isTrue();
        assertThatThrownBy(() -> scope.matches(Map.of("Tags", "a".repeat(300)))).isInstanceOf(InvalidScopeException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesLimitsThatAllowNothing(int bound) {
        assertThatThrownBy(() -> new ScopeLimits(bound, 500, 500, 1_000)).isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> new ScopeLimits(16, bound, 500, 1_000)).hasMessageContaining("maxNodes");
        assertThatThrownBy(() -> new ScopeLimits(16, 500, bound, 1_000)).hasMessageContaining("maxRegexLength");
        assertThatThrownBy(() -> new ScopeLimits(16, 500, 500, bound)).hasMessageContaining("regexStepBudget");
    }

    /** {"a": {"a": ... {"a": 1}}} with {@code depth} objects. */
    private static Map<String, Object> nested(int depth) {
        Object value = 1;
        for (int level = 1; level < depth; level++) {
            value = Map.of("a", value);
        }
        return Map.of("a", value);
    }

    private static Map<String, Object> emailIn(int count) {
        List<Object> emails = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> emails.add("user" + i + "@example.org"));
        return Map.of("Email", Map.of("$in", emails));
    }
}
