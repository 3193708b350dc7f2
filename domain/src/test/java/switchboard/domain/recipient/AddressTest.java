package switchboard.domain.recipient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressTest {

    /**
     * The one-pass check of plain ASCII addresses accepts exactly what the patterns accept, over
     * random addresses made mostly of the characters that matter: atext, dots, hyphens, quotes,
     * spaces, a second @, non-ASCII, and labels and local parts around their length limits.
     */
    @Test
    void plainAddressesAreCheckedAsThePatternsCheckThem() {
        Random random = new Random(16);
        String[] pieces = {"a", "Z", "0", "9", ".", "..", "-", "_", "+", "'", "!", "~", "{", "\"", " ", "@", "é", "ü",
                "\u00a0", "(", "[", "\u0001", "xn--", "a".repeat(62), "b".repeat(63), "c".repeat(64)};
        int accepted = 0;
        int count = 20_000;
        for (int i = 0; i < count; i++) {
            String local = random.nextInt(4) == 0 ? pieces(random, pieces, 1 + random.nextInt(5)) : "user" + i;
            String domain = random.nextInt(4) == 0 ? pieces(random, pieces, 1 + random.nextInt(5))
                    : "ex-" + i + "." + pieces(random, new String[]{"com", "co.za", "-x", "x-", "a.", ".b", "9"}, 1);
            String address = local + "@" + domain;
            boolean byPatterns = address.length() <= EmailAddress.MAX_LENGTH
                    && address.getBytes(StandardCharsets.UTF_8).length <= EmailAddress.MAX_LENGTH
                    && EmailAddress.validByPatterns(address, address.lastIndexOf('@'));
            boolean valid = isValid(address);
            assertThat(valid).as(address).isEqualTo(byPatterns);
            accepted += valid ? 1 : 0;
        }
        assertThat(accepted).as("addresses accepted").isBetween(count / 4, count * 3 / 4);
    }

    private static String pieces(Random random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static boolean isValid(String address) {
        try {
            return new EmailAddress(address).value() != null;
        } catch (InvalidValueException refused) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@example.com", "first.last+tag@sub.example.co.za", "o'brien@example.org", "admin@localhost"})
    void acceptsCommonEmailAddresses(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "user@", "user@@example.com", "us er@example.com",
            ".user@example.com", "user.@example.com", "a..b@example.com", "user@-example.com", "user@example.com\r\nBcc: x@y.z",
            "<user@example.com>"})
    void refusesMalformedEmailAddresses(String address) {
        assertThatThrownBy(() -> new EmailAddress(address)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a valid email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"john doe\"@example.com", "\"a@b\"@example.com", "\"quote\\\"inside\"@example.com",
            "\"a..b\"@example.com", "josé@example.com", "user@bücher.example", "用户@例子.广告",
            "δοκιμή@παράδειγμα.δοκιμή"})
    void acceptsQuotedLocalPartsAndInternationalisedAddresses(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"@example.com", "\"unclosed@example.com", "a\"b@example.com", "\"a\"b\"@example.com",
            "\"line\r\nbreak\"@example.com", "user@[192.0.2.1]", "jos\u00A0e@example.com", "a\u200Bb@example.com",
            "user@exa_mple.com", "user@bü_cher.example", "user@bücher..example"})
    void refusesWhatSmtpCannotCarry(String address) {
        assertThatThrownBy(() -> new EmailAddress(address)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a valid email address");
    }

    @Test
    void theLocalPartHoldsAtMost64OctetsAndTheAddress254() {
        assertThat(new EmailAddress("é".repeat(32) + "@example.com").internationalised()).isTrue();
        assertThatThrownBy(() -> new EmailAddress("é".repeat(33) + "@example.com")).isInstanceOf(InvalidValueException.class);
        String longDomain = ("a".repeat(60) + ".").repeat(3) + "ex.com";
        assertThat(new EmailAddress("a".repeat(64) + "@" + longDomain).value()).hasSize(254);
        assertThatThrownBy(() -> new EmailAddress("ab".repeat(32) + "@ü" + longDomain.substring(1)))
                .as("254 characters but 255 octets").isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyAddressesBeyondAsciiAreInternationalised() {
        assertThat(new EmailAddress("\"john doe\"@example.com").internationalised()).isFalse();
        assertThat(new EmailAddress("user@bücher.example").internationalised()).isTrue();
        assertThat(new EmailAddress("josé@EXAMPLE.com").value()).isEqualTo("josé@example.com");
    }

    @Test
    void lowercasesTheDomainButKeepsTheLocalPart() {
        assertThat(new EmailAddress("John.Doe@Example.COM").value()).isEqualTo("John.Doe@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+97455555555", "+14155550100", "+27111111111", "+1234567", "+123456789012345"})
    void acceptsE164PhoneNumbers(String number) {
        assertThat(new PhoneNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"97455555555", "+0455555555", "+1 415 555 0100", "+1234567890123456", "+12345", "0111111111", "", "+",
            "+123456", "+1415555010a", "+１４１５５５５０１００"})
    void refusesNumbersNotInE164Form(String number) {
        assertThatThrownBy(() -> new PhoneNumber(number)).hasMessageContaining("E.164");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "example.com/hook", "http://user:pw@example.com/", "https:///nohost", "javascript:alert(1)"})
    void refusesWebhookUrlsThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> new WebhookUrl(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsHttpsWebhookUrls() {
        assertThat(new WebhookUrl("https://hooks.example.com/in?x=1").uri().getHost()).isEqualTo("hooks.example.com");
    }

    @Test
    void refusesPushTokensWithWhitespace() {
        assertThatThrownBy(() -> new PushToken("abc def")).isInstanceOf(InvalidValueException.class);
        assertThat(new PushToken("fcm:APA91b-x_y").value()).isEqualTo("fcm:APA91b-x_y");
    }

    @Test
    void eachChannelReadsItsOwnKindOfAddress() {
        assertThat(Channel.EMAIL.address("a@b.co")).isInstanceOf(EmailAddress.class);
        assertThat(Channel.SMS.address("+14155550100")).isInstanceOf(PhoneNumber.class);
        assertThat(Channel.WHATSAPP.address("+14155550100")).isInstanceOf(PhoneNumber.class);
        assertThat(Channel.ZALO.address("+84912345678")).isInstanceOf(PhoneNumber.class);
        assertThat(Channel.PUSH.address("token")).isInstanceOf(PushToken.class);
        assertThat(Channel.WEBHOOK.address("https://x.example/h")).isInstanceOf(WebhookUrl.class);
        assertThat(Channel.IN_APP.address("user-1")).isInstanceOf(UserId.class);
        assertThat(Channel.SMS.accepts(new EmailAddress("a@b.co"))).isFalse();
        assertThat(Channel.SMS.accepts(new PhoneNumber("+14155550100"))).isTrue();
    }
}
