package switchboard.application.credential;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/**
 * A request for a new credential. Admins and Capillary users choose a username and password (a
 * Capillary user may give the md5 hex digest its clients send instead). The other types get a
 * random secret from the gateway unless they bring the one their clients use already: a Fliplet
 * token, a Dripcel API key, or a Capillary OAuth client's key (in {@code username}) and secret.
 *
 * @param passwordMd5 a Capillary user's md5hex(password), in place of the password
 * @param secret      an existing token, API key or OAuth secret; null to have one generated
 */
public record CreateCredentialCommand(TenantId tenantId, CredentialType type, String username, String password,
                                      String passwordMd5, String secret, Set<String> permissions,
                                      Map<String, AccessLevel> access) {

    /** The shortest admin password; Capillary users keep whatever length Capillary allowed them. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    /** The shortest existing token, API key or OAuth secret accepted: anything shorter is guessed by its digest. */
    public static final int MIN_SECRET_LENGTH = 8;
    public static final int MAX_SECRET_LENGTH = 200;
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    public CreateCredentialCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        switch (type) {
            case ADMIN -> {
                requireUsername(username);
                requirePassword(password, MIN_PASSWORD_LENGTH);
                require(passwordMd5 == null && secret == null, "an admin credential takes a username and password only");
            }
            case CAPILLARY_BASIC -> {
                requireUsername(username);
                require(secret == null, "a capillary-basic credential takes a password or its md5, not a secret");
                require((password == null) != (passwordMd5 == null), "a capillary-basic credential takes a password or "
                        + "passwordMd5 (the md5 hex digest its clients send), one of the two");
                if (password != null) {
                    requirePassword(password, 1);
                } else {
                    require(MD5_HEX.matcher(passwordMd5).matches(), "passwordMd5 is an md5 digest in 32 hex digits");
                }
            }
            case CAPILLARY_OAUTH -> {
                require(password == null && passwordMd5 == null, "a capillary-oauth credential takes a key and secret, not a password");
                require((username == null) == (secret == null),
                        "an existing capillary-oauth client brings its key and its secret, both");
                if (username != null) {
                    requireUsername(username);
                    requireSecret(secret);
                }
            }
            default -> {
                require(username == null && password == null && passwordMd5 == null,
                        "a %s credential takes no username or password", type);
                if (secret != null) {
                    requireSecret(secret);
                }
            }
        }
        permissions = Set.copyOf(permissions);
        access = Map.copyOf(access);
    }

    /** A credential whose secret, for the types that have one, the gateway generates. */
    public CreateCredentialCommand(TenantId tenantId, CredentialType type, String username, String password,
                                   Set<String> permissions, Map<String, AccessLevel> access) {
        this(tenantId, type, username, password, null, null, permissions, access);
    }

    private static void requireUsername(String username) {
        requireText(username, "username", Credential.MAX_USERNAME_LENGTH);
        require(printable(username) && username.indexOf(':') < 0,
                "a username must not contain spaces, colons or control characters");
    }

    static void requirePassword(String password, int minLength) {
        require(password != null && password.length() >= minLength && password.length() <= MAX_PASSWORD_LENGTH,
                "a password is %d to %d characters", minLength, MAX_PASSWORD_LENGTH);
    }

    private static void requireSecret(String secret) {
        require(secret.length() >= MIN_SECRET_LENGTH && secret.length() <= MAX_SECRET_LENGTH && printable(secret),
                "an existing token, API key or secret is %d to %d characters, without spaces or control characters",
                MIN_SECRET_LENGTH, MAX_SECRET_LENGTH);
    }

    private static boolean printable(String text) {
        return text.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    @Override
    public String toString() {
        return "CreateCredentialCommand[" + tenantId + ", " + type + ", " + username + "]";
    }
}
