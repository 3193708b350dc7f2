package switchboard.adapter.out.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

import switchboard.application.credential.port.PasswordHasher;

/**
 * bcrypt, at cost 12 unless configured otherwise (about a quarter of a second per hash on a
 * server core). bcrypt reads at most 72 bytes of a password, so longer ones are first reduced
 * with SHA-512 and no part of a long password is ignored.
 */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

    public BcryptPasswordHasher(@Value("${switchboard.security.bcrypt-cost:12}") int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
