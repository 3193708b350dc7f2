package switchboard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonNormaliserTest {

    private final JsonNormaliser normaliser = new JsonNormaliser("the tree", 3, 6);

    @Test
    void countsEveryValueContainersIncluded() {
        // the object, "a", the list and its two elements: 5 values
        assertThat(normaliser.object(Map.of("a", 1, "b", List.of(2, 3.5f))))
                .containsEntry("a", BigDecimal.ONE).containsEntry("b", List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(3.5)));
        assertThatThrownBy(() -> normaliser.object(Map.of("a", List.of(1, 2, 3, 4, 5, 6))))
                .isInstanceOf(InvalidValueException.class).hasMessage("the tree has more than 6 values");
    }

    @Test
    void namesTheSubjectInDepthAndTypeErrors() {
        assertThatThrownBy(() -> normaliser.object(Map.of("a", Map.of("b", List.of(List.of(1))))))
                .hasMessage("the tree is nested deeper than 3 levels");
        assertThatThrownBy(() -> normaliser.object(Map.of(1, "x"))).hasMessage("the tree keys must be strings");
        assertThatThrownBy(() -> normaliser.object(Map.of("x", Double.POSITIVE_INFINITY))).hasMessage("the tree numbers must be finite");
    }

    @Test
    void refusesBoundsThatAllowNothing() {
        assertThatThrownBy(() -> new JsonNormaliser("t", 0, 5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new JsonNormaliser("t", 5, 0)).isInstanceOf(InvalidValueException.class);
    }
}
