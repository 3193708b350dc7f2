package switchboard.domain.recipient;

import java.util.Objects;

import static switchboard.domain.Invariants.require;

/** Someone reached on one channel, at an address of the kind that channel needs. */
public record Recipient(Channel channel, Address address) {

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        require(channel.accepts(address), "%s needs another kind of address than '%s'", channel, address.value());
    }

    /** Reads the address as the channel needs it, checking its invariants. */
    public static Recipient of(Channel channel, String address) {
        return new Recipient(channel, channel.address(address));
    }

    @Override
    public String toString() {
        return channel + " " + address.value();
    }
}
