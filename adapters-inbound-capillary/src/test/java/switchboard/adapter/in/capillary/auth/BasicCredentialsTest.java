package switchboard.adapter.in.capillary.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class BasicCredentialsTest {

    @Test
    void readsTheUsernameAndTheSecretAfterTheFirstColon() {
        assertThat(BasicCredentials.parse(basic("till:5F4DCC3B5AA765D61D8327DEB882CF99")))
                .contains(new BasicCredentials("till", "5f4dcc3b5aa765d61d8327deb882cf99"));
        assertThat(BasicCredentials.parse("basic " + encode("till:pa:ss"))).contains(new BasicCredentials("till", "pa:ss"));
    }

    @Test
    void anythingElseIsNoCredential() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic %%%")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no colon"))).isEmpty();
        assertThat(BasicCredentials.parse(basic(":no-username"))).isEmpty();
    }

    @Test
    void theSecretIsNeverShown() {
        assertThat(new BasicCredentials("till", "secret").toString()).doesNotContain("secret");
    }

    private static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
