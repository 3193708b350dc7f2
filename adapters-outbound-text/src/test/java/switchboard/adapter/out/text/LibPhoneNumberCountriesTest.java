package switchboard.adapter.out.text;

import org.junit.jupiter.api.Test;

import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** A number's country, by which SMS prices are read. */
class LibPhoneNumberCountriesTest {

    private final LibPhoneNumberCountries countries = new LibPhoneNumberCountries();

    @Test
    void aNumberBelongsToTheCountryOfItsCallingCodeAndRange() {
        assertThat(countries.countryOf(new PhoneNumber("+27821234567"))).hasValue("ZA");
        assertThat(countries.countryOf(new PhoneNumber("+97455555555"))).hasValue("QA");
        // +1 is shared: the range tells Canada from the United States.
        assertThat(countries.countryOf(new PhoneNumber("+14165550100"))).hasValue("CA");
    }

    @Test
    void aCallingCodeThatIsNoCountrysHasNone() {
        assertThat(countries.countryOf(new PhoneNumber("+80012345678"))).isEmpty();
    }
}
