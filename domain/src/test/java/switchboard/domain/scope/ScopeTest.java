package switchboard.domain.scope;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import switchboard.domain.contact.ContactData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {

    @Test
    void matchesManyContactsWithOneParse() {
        Scope adults = Scope.parse(Map.of("Age", Map.of("$gte", 18)));

        assertThat(List.of(ContactData.of(Map.of("Age", 17)), ContactData.of(Map.of("Age", "18")), ContactData.EMPTY,
                ContactData.of(Map.of("Age", 40L))).stream().filter(adults::matches)).hasSize(2);
    }

    @Test
    void oneParsedScopeServesManyThreadsAtOnce() {
        Scope scope = Scope.parse(Json.parse("{'Tags': {'$nin': ['x']}, 'Phones': {'$elemMatch': {'Type': 'home'}}}"));
        List<ContactData> contacts = IntStream.range(0, 2_000).mapToObj(i -> ContactData.of(Map.of(
                "Tags", i % 3 == 0 ? List.of("x") : List.of("y"),
                "Phones", List.of(Map.of("Type", i % 2 == 0 ? "home" : "work"))))).toList();

        List<Boolean> alone = contacts.stream().map(scope::matches).toList();

        assertThat(contacts.parallelStream().map(scope::matches).toList()).isEqualTo(alone);
        assertThat(alone.stream().filter(Boolean::booleanValue)).hasSize(666);
    }

    @Test
    void normalisesTheQueryAndTheDataLikeContactData() {
        Scope scope = Scope.parse(Map.of("Score", Map.of("$in", List.of(1.5f, 2L))));

        assertThat(scope.query()).isEqualTo(Map.of("Score", Map.of("$in", List.of(BigDecimal.valueOf(1.5), BigDecimal.valueOf(2)))));
        assertThat(scope.matches(Map.of("Score", 2))).isTrue();
        assertThat(scope.matches(Map.of("Score", 1.5d))).isTrue();
        assertThatThrownBy(() -> scope.query().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scopesWithTheSameQueryAreEqual() {
        Scope one = Scope.parse(Map.of("Email", "nick@example.org"));
        Scope same = Scope.parse(Json.parse("{'Email': 'nick@example.org'}"));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(Scope.parse(Map.of("Email", "john@example.org")));
        assertThat(one).hasToString("Scope{Email=nick@example.org}");
    }

    @Test
    void theEmptyQueryMatchesEveryContact() {
        assertThat(Scope.parse(Map.of()).matches(ContactData.EMPTY)).isTrue();
    }
}
