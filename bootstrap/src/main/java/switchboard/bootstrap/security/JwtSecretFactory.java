package switchboard.bootstrap.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs and checks admin tokens: {@code switchboard.security.jwt-secret}
 * (at least 32 characters), or else a random one generated on the first start and kept in
 * {@code <data dir>/jwt-secret}, so tokens survive restarts.
 * <p>
 * Provided as a bean rather than a property on purpose: without any signature configured,
 * Micronaut would issue and accept unsigned tokens.
 */
@Factory
public class JwtSecretFactory {

    static final String SECRET_FILE = "jwt-secret";
    private static final int MIN_SECRET_LENGTH = 32;

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration tokenSignature(@Nullable @Value("${switchboard.security.jwt-secret:}") String configured,
                                                   @Value("${switchboard.data-dir}") String dataDir) {
        String secret = configured == null || configured.isBlank() ? storedSecret(Path.of(dataDir)) : configured;
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("switchboard.security.jwt-secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }

    private static String storedSecret(Path dataDir) {
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrictToOwner(file);
            return secret;
        } catch (FileAlreadyExistsException anotherProcessWroteItFirst) {
            return storedSecret(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token signing key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the data directory's permissions.
        }
    }
}
