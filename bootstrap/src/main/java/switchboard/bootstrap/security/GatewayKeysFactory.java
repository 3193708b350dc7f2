package switchboard.bootstrap.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;

import java.nio.file.Path;
import java.util.Base64;

import switchboard.adapter.out.security.AesGcmSecretSealer;
import switchboard.application.provider.port.SecretSealer;

/**
 * The gateway's two keys, each configured or else generated on the first start into the data
 * directory. Processes sharing one database must share both: set them in configuration.
 * <ul>
 *     <li>{@code switchboard.security.jwt-secret} (at least 32 characters; file {@code jwt-secret})
 *     signs and checks admin tokens. It is a bean rather than a property on purpose: without a
 *     signature configured, Micronaut would issue and accept unsigned tokens.</li>
 *     <li>{@code switchboard.security.encryption-key} (32 bytes in base64; file
 *     {@code encryption-key}) seals the provider credentials callers send with a message.</li>
 * </ul>
 * Both are made as the gateway starts ({@code @Context}), so that a bad one stops the start instead
 * of failing every request that needs it.
 */
@Factory
public class GatewayKeysFactory {

    static final String SECRET_FILE = "jwt-secret";
    static final String ENCRYPTION_KEY_FILE = "encryption-key";
    private static final int MIN_SECRET_LENGTH = 32;

    @Context
    @Named("generator")
    SignatureGeneratorConfiguration tokenSignature(@Nullable @Value("${switchboard.security.jwt-secret:}") String configured,
                                                   @Value("${switchboard.data-dir}") String dataDir) {
        String secret = isBlank(configured) ? DataDirectoryKeys.readOrCreate(Path.of(dataDir), SECRET_FILE, 48) : configured;
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("switchboard.security.jwt-secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }

    @Context
    SecretSealer secretSealer(@Nullable @Value("${switchboard.security.encryption-key:}") String configured,
                              @Value("${switchboard.data-dir}") String dataDir) {
        String key = isBlank(configured)
                ? DataDirectoryKeys.readOrCreate(Path.of(dataDir), ENCRYPTION_KEY_FILE, AesGcmSecretSealer.KEY_BYTES) : configured;
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(key.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("switchboard.security.encryption-key must be base64", e);
        }
        if (bytes.length != AesGcmSecretSealer.KEY_BYTES) {
            throw new IllegalStateException("switchboard.security.encryption-key must hold " + AesGcmSecretSealer.KEY_BYTES
                    + " bytes (e.g. the output of: openssl rand -base64 32)");
        }
        return new AesGcmSecretSealer(bytes);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
