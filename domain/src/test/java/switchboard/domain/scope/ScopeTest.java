package switchboard.domain.scope;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.ContactData;
import switchboard.domain.scope.Condition.AllOf;
import switchboard.domain.scope.Condition.AnyOf;
import switchboard.domain.scope.Condition.Compare;
import switchboard.domain.scope.Condition.ElemMatch;
import switchboard.domain.scope.Condition.Equals;
import switchboard.domain.scope.Condition.Exists;
import switchboard.domain.scope.Condition.Field;
import switchboard.domain.scope.Condition.In;
import switchboard.domain.scope.Condition.Like;
import switchboard.domain.scope.Condition.Mod;
import switchboard.domain.scope.Condition.Not;
import switchboard.domain.scope.Condition.Size;
import switchboard.domain.scope.Condition.TypeIs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {

    @Test
    void parsesOnceIntoATreeThatNamesEachOperator() {
        Scope scope = Scope.parse(Json.parse("""
                {'Age': {'$ne': 35, '$gte': 18}, 'Tags': {'$nin': ['x'], '$size': 2},
                 '$nor': [{'Nick': {'$exists': false}}], 'Name': {'$iLike': 'ni'}}"""));

        assertThat(scope.root()).isEqualTo(new AllOf(List.of(
                new Field(FieldPath.parse("Age"), new AllOf(List.of(
                        new Not(new Equals(BigDecimal.valueOf(35))), new Compare(Comparison.GTE, BigDecimal.valueOf(18))))),
                new Field(FieldPath.parse("Tags"), new AllOf(List.of(new Not(new In(List.of("x"))), new Size(2)))),
                new Not(new AnyOf(List.of(new Field(FieldPath.parse("Nick"), new Not(new Exists()))))),
                new Field(FieldPath.parse("Name"), new Like("ni", true)))));
    }

    @Test
    void buildsElemMatchModAndTypeNodes() {
        assertThat(Scope.parse(Json.parse("{'P': {'$elemMatch': {'T': 1}}}")).root())
                .isEqualTo(new Field(FieldPath.parse("P"), new ElemMatch(new Field(FieldPath.parse("T"), new Equals(BigDecimal.ONE)), true)));
        assertThat(Scope.parse(Json.parse("{'P': {'$elemMatch': {'$gt': 1}}}")).root())
                .isEqualTo(new Field(FieldPath.parse("P"), new ElemMatch(new Compare(Comparison.GT, BigDecimal.ONE), false)));
        assertThat(Scope.parse(Json.parse("{'A': {'$mod': [4.0, 1]}}")).root()).isEqualTo(new Field(FieldPath.parse("A"), new Mod(4, 1)));
        assertThat(Scope.parse(Json.parse("{'A': {'$type': ['int', 'double']}}")).root())
                .isEqualTo(new Field(FieldPath.parse("A"), new TypeIs(Set.of(JsonType.NUMBER))));
    }

    @Test
    void matchesManyContactsWithOneParse() {
        Scope adults = Scope.parse(Map.of("Age", Map.of("$gte", 18)));

        assertThat(List.of(ContactData.of(Map.of("Age", 17)), ContactData.of(Map.of("Age", "18")), ContactData.EMPTY,
                ContactData.of(Map.of("Age", 40L))).stream().filter(adults::matches)).hasSize(2);
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

    @Test
    void nodesKeepTheirOwnInvariants() {
        assertThatThrownBy(() -> new Mod(0, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AnyOf(List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TypeIs(Set.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FieldPath(List.of())).isInstanceOf(InvalidScopeException.class);
        assertThat(new In(Arrays.asList("a", null)).values()).containsExactly("a", null);
    }
}
