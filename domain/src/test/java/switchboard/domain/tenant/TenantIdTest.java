package switchboard.domain.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTest {

    @Test
    void derivesAReadableIdFromTheName() {
        assertThat(TenantId.derivedFrom("Acme Corp. (Europe)", "k3j9x2").value()).isEqualTo("acme-corp-europe-k3j9x2");
        assertThat(TenantId.derivedFrom("Café Zürich", "a1").value()).isEqualTo("cafe-zurich-a1");
        assertThat(TenantId.derivedFrom("東京", "a1").value()).isEqualTo("a1");
        assertThat(TenantId.derivedFrom("x".repeat(100), "a1").value()).hasSize(43);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "-leading", "with space", "../etc"})
    void refusesIdsThatWouldNotFitAUrlSegment(String value) {
        assertThatThrownBy(() -> new TenantId(value)).hasMessageContaining("tenant id");
    }
}
