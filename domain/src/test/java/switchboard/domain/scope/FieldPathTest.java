package switchboard.domain.scope;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPathTest {

    @Test
    void collectsEveryValueAndNotesMissingBranches() {
        Found found = FieldPath.parse("Phones.Type").resolve(Json.parse("{'Phones': [{'Type': 'home'}, {}, {'Type': null}, 'x']}"));

        assertThat(found.values()).containsExactly("home", null);
        assertThat(found.missing()).isTrue();
    }

    @Test
    void indexesArraysWithCanonicalNumbersOnly() {
        Object data = Json.parse("{'Tags': [{'01': 'key'}, 'b']}");

        assertThat(FieldPath.parse("Tags.1").resolve(data).values()).containsExactly("b");
        assertThat(FieldPath.parse("Tags.01").resolve(data).values()).containsExactly("key");
        assertThat(FieldPath.parse("Tags.2").resolve(data).missing()).isTrue();
        assertThat(FieldPath.parse("Tags.9999999999").resolve(data).values()).isEmpty();
    }

    @Test
    void reachesNothingInEmptyArraysAndScalars() {
        assertThat(FieldPath.parse("A.B").resolve(Json.parse("{'A': []}")).missing()).isTrue();
        assertThat(FieldPath.parse("A.B").resolve(Json.parse("{'A': 5}")).values()).isEmpty();
        assertThat(FieldPath.parse("A").resolve(Json.parse("{'A': []}")).missing()).isFalse();
    }

    @Test
    void printsAsWritten() {
        assertThat(FieldPath.parse("Address.City")).hasToString("Address.City");
        assertThatThrownBy(() -> FieldPath.parse("a..b")).hasMessage("the field path 'a..b' has an empty part");
    }
}
