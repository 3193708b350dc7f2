package switchboard.adapter.out.provider.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may be posted to: public unicast ones only. Refused are loopback,
 * private, link-local, carrier-grade NAT, unique-local, multicast, unspecified, and the reserved,
 * documentation and benchmarking ranges (RFC 6890 and IANA's special-purpose registries), and
 * every IPv6 address outside global unicast (2000::/3). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address they carry.
 * <p>
 * Loopback (127.0.0.0/8, ::1, and 127/8 mapped into IPv6) is allowed only when the policy is
 * built to allow it, for tests; nothing else is ever allowed that way.
 */
final class AddressPolicy {

    private enum Kind { REFUSED, LOOPBACK, MAPPED_IPV4, TRANSLATED_IPV4 }

    /** A range of addresses; for the kinds that carry an IPv4 address, {@code ipv4At} is where it starts. */
    private record Range(String cidr, byte[] prefix, int bits, String description, Kind kind, int ipv4At) {

        static Range of(String cidr, String description, Kind kind, int ipv4At) {
            int slash = cidr.indexOf('/');
            return new Range(cidr, bytes(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)),
                    description, kind, ipv4At);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return Arrays.equals(address, 0, whole, prefix, 0, whole)
                    && (rest == 0 || (address[whole] & mask) == (prefix[whole] & mask));
        }
    }

    private static final List<Range> IPV4 = List.of(
            refused("0.0.0.0/8", "an unspecified (\"this network\") address"),
            refused("10.0.0.0/8", "a private address"),
            refused("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
            Range.of("127.0.0.0/8", "a loopback address", Kind.LOOPBACK, 0),
            refused("169.254.0.0/16", "a link-local address"),
            refused("172.16.0.0/12", "a private address"),
            refused("192.0.0.0/24", "an IETF protocol assignment address"),
            refused("192.0.2.0/24", "a documentation address"),
            refused("192.88.99.0/24", "a 6to4 relay anycast address"),
            refused("192.168.0.0/16", "a private address"),
            refused("198.18.0.0/15", "a benchmarking address"),
            refused("198.51.100.0/24", "a documentation address"),
            refused("203.0.113.0/24", "a documentation address"),
            refused("224.0.0.0/4", "a multicast address"),
            refused("240.0.0.0/4", "a reserved or broadcast address"));

    private static final List<Range> IPV6 = List.of(
            refused("::/128", "the unspecified address"),
            Range.of("::1/128", "a loopback address", Kind.LOOPBACK, 0),
            Range.of("::ffff:0:0/96", "an IPv4-mapped address for", Kind.MAPPED_IPV4, 12),
            refused("::/96", "an IPv4-compatible address (deprecated)"),
            Range.of("64:ff9b::/96", "a NAT64 address for", Kind.TRANSLATED_IPV4, 12),
            refused("64:ff9b:1::/48", "a local-use NAT64 address"),
            refused("100::/64", "a discard-only address"),
            refused("2001:db8::/32", "a documentation address"),
            refused("2001::/23", "an IETF protocol assignment address (Teredo, benchmarking, ORCHID)"),
            Range.of("2002::/16", "a 6to4 address for", Kind.TRANSLATED_IPV4, 2),
            refused("3fff::/20", "a documentation address"),
            refused("fc00::/7", "a unique-local address"),
            refused("fe80::/10", "a link-local address"),
            refused("fec0::/10", "a site-local address (deprecated)"),
            refused("ff00::/8", "a multicast address"));

    private static final Range GLOBAL_UNICAST = refused("2000::/3", "global unicast");

    private final boolean allowLoopback;

    AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** What the address is, when it is refused: "a private address (10.0.0.0/8)"; empty when it is allowed. */
    Optional<String> refusal(InetAddress address) {
        return refusal(address.getAddress(), allowLoopback);
    }

    private static Optional<String> refusal(byte[] address, boolean allowLoopback) {
        for (Range range : address.length == 4 ? IPV4 : IPV6) {
            if (range.contains(address)) {
                switch (range.kind()) {
                    case LOOPBACK:
                        return allowLoopback ? Optional.empty() : refused(range);
                    case MAPPED_IPV4:
                        // Connecting to a mapped address connects to the IPv4 address, loopback included.
                        return carried(range, address, allowLoopback);
                    case TRANSLATED_IPV4:
                        // A translator never reaches its own loopback: that stays refused.
                        return carried(range, address, false);
                    default:
                        return refused(range);
                }
            }
        }
        if (address.length == 16 && !GLOBAL_UNICAST.contains(address)) {
            return Optional.of("not a global unicast address (2000::/3)");
        }
        return Optional.empty();
    }

    /** "an IPv4-mapped address for 10.0.0.7, a private address (10.0.0.0/8)". */
    private static Optional<String> carried(Range range, byte[] address, boolean allowLoopback) {
        byte[] ipv4 = Arrays.copyOfRange(address, range.ipv4At(), range.ipv4At() + 4);
        return refusal(ipv4, allowLoopback).map(reason -> range.description() + " " + shown(ipv4) + ", " + reason);
    }

    private static Optional<String> refused(Range range) {
        return Optional.of(range.description() + " (" + range.cidr() + ")");
    }

    private static String shown(byte[] ipv4) {
        try {
            return InetAddress.getByAddress(ipv4).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Range refused(String cidr, String description) {
        return Range.of(cidr, description, Kind.REFUSED, 0);
    }

    /** The bytes of an address literal, parsed without a lookup; an IPv6 literal stays 16 bytes even when mapped. */
    private static byte[] bytes(String literal) {
        try {
            byte[] parsed = InetAddress.getByName(literal).getAddress();
            if (parsed.length == 4 && literal.contains(":")) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(parsed, 0, mapped, 12, 4);
                return mapped;
            }
            return parsed;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
