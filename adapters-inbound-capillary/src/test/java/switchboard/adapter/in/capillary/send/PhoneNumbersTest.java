package switchboard.adapter.in.capillary.send;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import switchboard.application.contact.NormalizePhoneNumberUseCase;
import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    /** Knows +919591471711 only, and records what it was asked. */
    private final List<String> asked = new ArrayList<>();
    private final NormalizePhoneNumberUseCase phones = (raw, region) -> {
        asked.add(raw + " in " + region);
        boolean known = raw.equals("+919591471711") || raw.equals("00919591471711")
                || raw.equals("09591471711") && "IN".equals(region);
        return known ? Optional.of(new PhoneNumber("+919591471711")) : Optional.empty();
    };

    private final ItemCheck check = new ItemCheck();

    @Test
    void aNumberIsReadWithItsCountryCodeFirst() {
        PhoneNumbers numbers = new PhoneNumbers(phones, "IN");

        assertThat(numbers.read(" 919591471711 ", check)).contains(new PhoneNumber("+919591471711"));
        assertThat(numbers.read("+919591471711", check)).isPresent();
        assertThat(numbers.read("00919591471711", check)).isPresent();
        assertThat(asked).containsExactly("+919591471711 in null", "+919591471711 in null", "00919591471711 in null");
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void theDefaultRegionIsTriedOnlyWhenTheCountryCodeReadingFailsAndTheItemIsWarned() {
        assertThat(new PhoneNumbers(phones, "IN").read("09591471711", check)).contains(new PhoneNumber("+919591471711"));
        assertThat(asked).containsExactly("+09591471711 in null", "09591471711 in IN");
        assertThat(check.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(7201);
            assertThat(warning.status()).isTrue();
            assertThat(warning.message()).isEqualTo("'09591471711' has no country code: it was read as a number of IN,"
                    + " +919591471711.");
        });
        assertThat(new PhoneNumbers(phones, "").read("09591471711", check)).as("no default region").isEmpty();
    }
}
