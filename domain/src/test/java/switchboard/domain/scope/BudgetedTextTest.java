package switchboard.domain.scope;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetedTextTest {

    @Test
    void countsEveryReadAndStopsWhenTheBudgetIsSpent() {
        BudgetedText text = new BudgetedText("abc", 4);

        assertThat(text.charAt(0)).isEqualTo('a');
        assertThat(text.charAt(0)).isEqualTo('a');
        assertThat(text.charAt(2)).isEqualTo('c');
        assertThat(text.charAt(1)).isEqualTo('b');
        assertThatThrownBy(() -> text.charAt(1)).isInstanceOf(BudgetedText.Exhausted.class);
        assertThat(text.length()).isEqualTo(3);
        assertThat(text).hasToString("abc");
    }

    @Test
    void slicesShareTheBudget() {
        BudgetedText text = new BudgetedText("abcdef", 2);
        CharSequence slice = text.subSequence(2, 5);

        assertThat(slice.length()).isEqualTo(3);
        assertThat(slice).hasToString("cde");
        assertThat(slice.charAt(0)).isEqualTo('c');
        assertThat(text.charAt(0)).isEqualTo('a');
        assertThatThrownBy(() -> slice.charAt(1)).isInstanceOf(BudgetedText.Exhausted.class);
    }

    @Test
    void refusesReadsOutsideTheText() {
        BudgetedText slice = (BudgetedText) new BudgetedText("abcdef", 10).subSequence(1, 3);

        assertThatThrownBy(() -> slice.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.subSequence(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
