package switchboard.adapter.out.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import switchboard.application.credential.port.AccessTokenClaims;
import switchboard.domain.credential.CredentialId;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens signed with a real HMAC key, as the gateway's token key signs them. */
class JwtAccessTokenSignerTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims(CredentialId.random(), "client-key", NOW,
            NOW.plusSeconds(3600));

    private final SignatureGeneratorConfiguration key = key("the gateway's token key, 32 characters or more");
    private final JwtAccessTokenSigner signer = new JwtAccessTokenSigner(key);

    @Test
    void verifiesWhatItSigned() {
        assertThat(signer.verify(signer.sign(CLAIMS))).contains(CLAIMS);
    }

    @Test
    void refusesTokensOfAnotherKeyChangedTokensAndWhatIsNoToken() {
        String token = signer.sign(CLAIMS);
        JwtAccessTokenSigner otherGateway = new JwtAccessTokenSigner(key("another gateway's token key, just as long"));
        int signature = token.lastIndexOf('.') + 1;
        String changed = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);

        assertThat(otherGateway.verify(token)).isEmpty();
        assertThat(signer.verify(changed)).isEmpty();
        assertThat(signer.verify("not a token")).isEmpty();
    }

    @Test
    void anAdminTokenSignedWithTheSameKeyIsNoAccessToken() throws Exception {
        String admin = key.sign(new JWTClaimsSet.Builder().subject("admin").claim("cid", CLAIMS.credentialId().toString())
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(3600))).build()).serialize();

        assertThat(signer.verify(admin)).isEmpty();
    }

    private static SignatureGeneratorConfiguration key(String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }
}
