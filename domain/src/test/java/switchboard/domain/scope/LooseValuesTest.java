package switchboard.domain.scope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The loose readings behind equality, ordering and {@code $like}, value by value. */
class LooseValuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $80               | 80
            USD 80.50         | 80.50
            1,000             | 1
            v.2               | 0.2
            Room-5            | -5
            -$1               | 1
            +7 days           | 7
            1e3               | 1
            -.5               | -0.5
            35                | 35
            2024-03-01        | 1709251200000
            2024.03.01        | 1709251200000
            03-01-2024        | 1709251200000
            03.01.2024        | 1709251200000
            01-02-2022        | 1641081600000
            2024-03-01T10:30Z | 1709289000000
            2024-03-01 10:30:00.250+01:00 | 1709285400250
            2022-01.02        | 2022
            01-02-22          | 1
            """)
    void turnsStringsIntoComparableNumbers(String text, BigDecimal expected) {
        assertThat(Comparables.of(text)).hasValueSatisfying(number -> assertThat(number).isEqualByComparingTo(expected));
    }

    @Test
    void readsDatesAsEpochMillisecondsInUtc() {
        assertThat(Comparables.of("2024-03-01")).contains(BigDecimal.valueOf(Instant.parse("2024-03-01T00:00:00Z").toEpochMilli())
                .setScale(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2024-13-45", "02-30-2024", "2024-03-01T25:00", "-", "."})
    void findsNothingComparableInSomeStrings(String text) {
        assertThat(Comparables.of(text)).isEmpty();
    }

    @Test
    void comparesOnlyNumbersAndStrings() {
        assertThat(Comparables.of(BigDecimal.TEN)).contains(BigDecimal.TEN);
        assertThat(Comparables.of(null)).isEmpty();
        assertThat(Comparables.of(true)).isEmpty();
        assertThat(Comparables.of(List.of(BigDecimal.ONE))).isEmpty();
        assertThat(Comparables.of(Map.of())).isEmpty();
    }

    @Test
    void readsNoNumbersLongerThanTheBound() {
        assertThat(Comparables.of("9".repeat(100))).isPresent();
        assertThat(Comparables.of("9".repeat(101))).isEmpty();
        assertThat(Loose.equal(new BigDecimal("9".repeat(100)), "9".repeat(100))).isTrue();
        assertThat(Loose.equal(new BigDecimal("9".repeat(101)), "9".repeat(101))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12", "-12.5", "007", "0.0"})
    void readsPlainDecimalStringsAsNumbers(String text) {
        assertThat(Loose.equal(new BigDecimal(text), text)).isTrue();
        assertThat(Loose.equal(text, new BigDecimal(text))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+12", "1e3", ".5", "12.", " 12", "1,000", "twelve"})
    void readsNoOtherStringsAsNumbers(String text) {
        assertThat(Loose.equal(new BigDecimal(12), text)).isFalse();
        assertThat(Loose.equal(new BigDecimal(1000), text)).isFalse();
    }

    @Test
    void comparesNestedValuesByTheSameRules() {
        assertThat(Loose.equal(Map.of("a", List.of(BigDecimal.ONE, "x")), Map.of("a", List.of("1", "x")))).isTrue();
        assertThat(Loose.equal(Map.of("a", BigDecimal.ONE), Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE))).isFalse();
        assertThat(Loose.equal(List.of("a"), Map.of("0", "a"))).isFalse();
        assertThat(Loose.equal(null, null)).isTrue();
        assertThat(Loose.equal(null, "")).isFalse();
    }

    @Test
    void writesTheTextOfScalars() {
        assertThat(Loose.text(new BigDecimal("1.50"))).contains("1.5");
        assertThat(Loose.text(new BigDecimal("1E+3"))).contains("1000");
        assertThat(Loose.text(new BigDecimal("1E+999999999"))).contains("1E+999999999");
        assertThat(Loose.text(false)).contains("false");
        assertThat(Loose.text(null)).isEmpty();
        assertThat(Loose.text(List.of("a"))).isEmpty();
    }
}
