package switchboard.domain.delivery;

import java.util.Arrays;

import static switchboard.domain.Invariants.require;

/** Provider credentials encrypted with the gateway's key: what is kept of them at rest. */
public record SealedCredentials(byte[] sealed) {

    public SealedCredentials {
        require(sealed != null && sealed.length > 0, "sealed credentials must not be empty");
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedCredentials that && Arrays.equals(sealed, that.sealed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sealed);
    }

    @Override
    public String toString() {
        return "SealedCredentials[" + sealed.length + " bytes]";
    }
}
