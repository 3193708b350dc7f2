package switchboard.bootstrap.security;

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
 * Keys the gateway generates on its first start when none is configured, kept in the data
 * directory (readable by the owner only) so that they survive restarts.
 */
final class DataDirectoryKeys {

    private DataDirectoryKeys() {
    }

    /** The key in {@code <dataDir>/<fileName>}: random bytes, URL-safe base64, written the first time. */
    static String readOrCreate(Path dataDir, String fileName, int randomBytes) {
        Path file = dataDir.resolve(fileName);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[randomBytes];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrictToOwner(file);
            return key;
        } catch (FileAlreadyExistsException anotherProcessWroteItFirst) {
            return readOrCreate(dataDir, fileName, randomBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key " + file, e);
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
