package switchboard.application.credential;

import java.util.Objects;

/** A username and password presented to log in, and the address they came from. */
public record LoginAttempt(String username, String password, String clientAddress) {

    public LoginAttempt {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "LoginAttempt[" + username + " from " + clientAddress + "]";
    }
}
