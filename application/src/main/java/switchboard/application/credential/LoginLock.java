package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.credential.SecretTokens;

/**
 * What failed logins are counted against: a username, or a client address. The key a count is
 * kept under holds a digest of the username, so that whatever is typed as one is stored bounded.
 */
public record LoginLock(Kind kind, String value) {

    /** Addresses longer than this (none that is real) are kept as a digest too. */
    private static final int MAX_ADDRESS_LENGTH = 100;

    public enum Kind { USERNAME, ADDRESS }

    public LoginLock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static LoginLock username(String username) {
        return new LoginLock(Kind.USERNAME, username);
    }

    public static LoginLock address(String address) {
        return new LoginLock(Kind.ADDRESS, address);
    }

    String key() {
        if (kind == Kind.USERNAME) {
            return "username:" + SecretTokens.digest(value);
        }
        return "address:" + (value.length() > MAX_ADDRESS_LENGTH ? SecretTokens.digest(value) : value);
    }
}
