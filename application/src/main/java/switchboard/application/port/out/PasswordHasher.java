package switchboard.application.port.out;

/** A slow, salted one-way hash for passwords. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
