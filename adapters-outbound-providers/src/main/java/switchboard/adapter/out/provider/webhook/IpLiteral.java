package switchboard.adapter.out.provider.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a host that is an IP address, however it is written, without any lookup: IPv6 in
 * brackets or not, and IPv4 the way inet_aton, curl and browsers read it: one to four parts,
 * each decimal, octal (leading 0) or hexadecimal (0x), the last filling the remaining bytes
 * (so 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 are all 127.0.0.1), and a trailing dot allowed.
 * The gateway connects to the address read here, so what is checked is what is connected to,
 * whatever another reader would have made of the spelling.
 */
final class IpLiteral {

    private static final Pattern NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

    private IpLiteral() {
    }

    /**
     * The address the host writes, or empty when the host is a name.
     *
     * @throws RefusedHostException when it is written like an address but is not a valid one
     */
    static Optional<InetAddress> parse(String host) throws RefusedHostException {
        if (host.startsWith("[") || host.contains(":")) {
            String inner = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            try {
                if (inner.contains(":") && !inner.contains("[") && !inner.contains("]")) {
                    // In brackets, the JDK parses a literal or fails; it never looks the text up.
                    return Optional.of(InetAddress.getByName("[" + inner + "]"));
                }
            } catch (UnknownHostException invalid) {
                // refused below
            }
            throw new RefusedHostException(host + " is written like an IPv6 address but is not one");
        }
        String dotted = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = dotted.split("\\.", -1);
        for (String part : parts) {
            if (!NUMBER.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ipv4(host, parts));
    }

    private static InetAddress ipv4(String host, String[] parts) throws RefusedHostException {
        if (parts.length > 4) {
            throw new RefusedHostException(host + " is written like an IPv4 address but is not one");
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            int bytes = last ? 5 - parts.length : 1;
            BigInteger value = number(host, parts[i]);
            if (value.bitLength() > bytes * 8) {
                throw new RefusedHostException(host + " is written like an IPv4 address but is not one");
            }
            address = (address << (bytes * 8)) | value.longValue();
        }
        byte[] octets = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(octets);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static BigInteger number(String host, String part) throws RefusedHostException {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
            }
            return part.length() > 1 && part.startsWith("0") ? new BigInteger(part.substring(1), 8) : new BigInteger(part);
        } catch (NumberFormatException notOctal) {
            throw new RefusedHostException(host + " is written like an IPv4 address but is not one");
        }
    }
}
