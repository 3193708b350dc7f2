package switchboard.adapter.out.provider.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderTextTest {

    @Test
    void makesOneLineWithoutControlCharacters() {
        assertThat(ProviderText.oneLine("  550 mailbox\r\n  unavailable\tnow\u0000\u0007 ")).isEqualTo("550 mailbox unavailable now");
        assertThat(ProviderText.oneLine(null)).isEmpty();
    }

    @Test
    void cutsALongTextToItsBound() {
        String line = ProviderText.oneLine("x".repeat(2 * ProviderText.MAX_LENGTH));

        assertThat(line).hasSize(ProviderText.MAX_LENGTH).endsWith("…");
    }
}
