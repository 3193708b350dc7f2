package switchboard.bootstrap.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayKeysFactoryTest {

    private final GatewayKeysFactory factory = new GatewayKeysFactory();

    @Test
    void generatesASecretOnceKeepsItPrivateAndReusesIt(@TempDir Path dataDir) throws Exception {
        SignatureGeneratorConfiguration first = factory.tokenSignature(null, dataDir.toString());
        Path file = dataDir.resolve(GatewayKeysFactory.SECRET_FILE);
        String stored = Files.readString(file);

        assertThat(stored).hasSizeGreaterThanOrEqualTo(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SignatureGeneratorConfiguration second = factory.tokenSignature("", dataDir.toString());
        assertThat(Files.readString(file)).isEqualTo(stored);
        SignedJWT signedByFirst = first.sign(new JWTClaimsSet.Builder().subject("admin").build());
        assertThat(second.verify(signedByFirst)).as("the second start checks the first start's tokens").isTrue();
    }

    @Test
    void aConfiguredSecretWinsAndMustBeLongEnough(@TempDir Path dataDir) {
        factory.tokenSignature("a configured secret of at least 32 chars", dataDir.toString());
        assertThat(dataDir.resolve(GatewayKeysFactory.SECRET_FILE)).doesNotExist();

        assertThatThrownBy(() -> factory.tokenSignature("too short", dataDir.toString()))
                .hasMessageContaining("at least 32 characters");
    }

    @Test
    void theEncryptionKeyIsGeneratedOnceOrTakenFromConfiguration(@TempDir Path dataDir) throws Exception {
        ProviderAccount account = new ProviderAccount(Map.of("accountSid", "AC1"), Map.of("authToken", "token"));
        SealedCredentials sealed = factory.secretSealer(null, dataDir.toString()).seal(account);
        Path file = dataDir.resolve(GatewayKeysFactory.ENCRYPTION_KEY_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(factory.secretSealer("", dataDir.toString()).unseal(sealed)).as("after a restart").isEqualTo(account);
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(factory.secretSealer(configured, dataDir.toString()).seal(account)).isNotNull();
        assertThatThrownBy(() -> factory.secretSealer("c2hvcnQ=", dataDir.toString())).hasMessageContaining("32 bytes");
    }
}
