package switchboard.application.credential.port;

/** A slow, salted one-way hash for passwords. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
