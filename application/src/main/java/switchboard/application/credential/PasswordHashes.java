package switchboard.application.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import switchboard.application.credential.port.PasswordHasher;
import switchboard.domain.credential.CredentialType;

/** The slow hash kept for a chosen password: of the password for an admin, of what the client sends for Capillary. */
final class PasswordHashes {

    private PasswordHashes() {
    }

    static String of(CredentialType type, String password, PasswordHasher passwords) {
        // Capillary clients send md5hex(password), never the password: that is the secret to check.
        return passwords.hash(type == CredentialType.CAPILLARY_BASIC ? md5Hex(password) : password);
    }

    private static String md5Hex(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
