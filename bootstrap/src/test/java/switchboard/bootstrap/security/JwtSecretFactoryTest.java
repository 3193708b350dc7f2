package switchboard.bootstrap.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSecretFactoryTest {

    private final JwtSecretFactory factory = new JwtSecretFactory();

    @Test
    void generatesASecretOnceKeepsItPrivateAndReusesIt(@TempDir Path dataDir) throws Exception {
        SignatureGeneratorConfiguration first = factory.tokenSignature(null, dataDir.toString());
        Path file = dataDir.resolve(JwtSecretFactory.SECRET_FILE);
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
        assertThat(dataDir.resolve(JwtSecretFactory.SECRET_FILE)).doesNotExist();

        assertThatThrownBy(() -> factory.tokenSignature("too short", dataDir.toString()))
                .hasMessageContaining("at least 32 characters");
    }
}
