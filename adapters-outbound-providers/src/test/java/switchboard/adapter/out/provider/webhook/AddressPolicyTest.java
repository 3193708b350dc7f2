package switchboard.adapter.out.provider.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses webhooks may go to, range by range. */
class AddressPolicyTest {

    private final AddressPolicy policy = new AddressPolicy(false);
    private final AddressPolicy loopbackAllowed = new AddressPolicy(true);

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0            | unspecified
            0.1.2.3            | unspecified
            10.0.0.1           | a private address (10.0.0.0/8)
            10.255.255.255     | a private address
            100.64.0.1         | carrier-grade NAT
            100.127.255.254    | carrier-grade NAT
            127.0.0.1          | a loopback address (127.0.0.0/8)
            127.255.0.9        | a loopback address
            169.254.169.254    | a link-local address
            172.16.0.1         | a private address (172.16.0.0/12)
            172.31.255.255     | a private address
            192.0.0.8          | an IETF protocol assignment address
            192.0.2.10         | a documentation address (192.0.2.0/24)
            192.88.99.1        | a 6to4 relay anycast address
            192.168.1.1        | a private address (192.168.0.0/16)
            198.18.0.1         | a benchmarking address
            198.19.255.255     | a benchmarking address
            198.51.100.7       | a documentation address
            203.0.113.9        | a documentation address
            224.0.0.1          | a multicast address
            239.255.255.250    | a multicast address
            240.0.0.1          | a reserved or broadcast address
            255.255.255.255    | a reserved or broadcast address
            ::                 | the unspecified address
            ::1                | a loopback address (::1/128)
            ::127.0.0.1        | an IPv4-compatible address
            ::8.8.8.8          | an IPv4-compatible address
            64:ff9b::10.0.0.1  | a NAT64 address for 10.0.0.1, a private address (10.0.0.0/8)
            64:ff9b::127.0.0.1 | a NAT64 address for 127.0.0.1, a loopback address
            64:ff9b:1::8.8.8.8 | a local-use NAT64 address
            100::1             | a discard-only address
            2001::1            | an IETF protocol assignment address
            2001:2::1          | an IETF protocol assignment address
            2001:db8::1        | a documentation address (2001:db8::/32)
            2002:a00:1::1      | a 6to4 address for 10.0.0.1, a private address
            2002:7f00:1::1     | a 6to4 address for 127.0.0.1, a loopback address
            3fff::1            | a documentation address
            fc00::1            | a unique-local address (fc00::/7)
            fd12:3456::1       | a unique-local address
            fe80::1            | a link-local address (fe80::/10)
            febf::1            | a link-local address
            fec0::1            | a site-local address
            ff02::1            | a multicast address
            ::ffff:0:0:1       | not a global unicast address
            4000::1            | not a global unicast address
            """)
    void refuses(String literal, String reason) throws Exception {
        assertThat(policy.refusal(address(literal))).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
    }

    @ParameterizedTest(name = "{0} is refused in its IPv4-mapped form too")
    @CsvSource({
            "10.0.0.1, a private address",
            "127.0.0.1, a loopback address",
            "169.254.169.254, a link-local address",
            "100.64.0.1, a carrier-grade NAT (shared) address",
            "0.0.0.0, an unspecified",
            "192.0.2.1, a documentation address"})
    void refusesTheIpv4MappedFormsOfRefusedAddresses(String ipv4, String reason) throws Exception {
        InetAddress mapped = mapped(ipv4);

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(policy.refusal(mapped)).hasValueSatisfying(refusal -> assertThat(refusal)
                .startsWith("an IPv4-mapped address for " + ipv4 + ", " + reason));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @CsvSource({
            "1.1.1.1", "8.8.8.8", "93.184.215.14", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
            "192.0.3.1", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255",
            "2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "2001:4860:4860::8888",
            "64:ff9b::8.8.8.8", "2002:808:808::1", "::ffff:8.8.8.8"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(policy.refusal(address(literal))).isEmpty();
    }

    @Test
    void theIpv4MappedFormOfAPublicAddressIsAllowed() throws Exception {
        assertThat(policy.refusal(mapped("8.8.8.8"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is allowed when loopback is")
    @CsvSource({"127.0.0.1", "127.1.2.3", "::1"})
    void loopbackIsAllowedOnlyWhenSwitchedOn(String literal) throws Exception {
        assertThat(policy.refusal(address(literal))).isPresent();
        assertThat(loopbackAllowed.refusal(address(literal))).isEmpty();
    }

    @Test
    void theMappedFormOfLoopbackConnectsToLoopbackAndIsAllowedWithIt() throws Exception {
        assertThat(loopbackAllowed.refusal(mapped("127.0.0.1"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} stays refused when loopback is allowed")
    @CsvSource({"10.0.0.1", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::",
            "fd00::1", "fe80::1", "64:ff9b::127.0.0.1", "2002:7f00:1::1", "::127.0.0.1"})
    void allowingLoopbackAllowsNothingElse(String literal) throws Exception {
        assertThat(loopbackAllowed.refusal(address(literal))).isPresent();
    }

    /** The address a literal writes; IPv6 literals in brackets, as the JDK then never looks them up. */
    static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
    }

    /** An IPv6 address mapping an IPv4 one, as a resolver may hand it over (the JDK's parser would make it IPv4). */
    static InetAddress mapped(String ipv4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, bytes, 12, 4);
        return Inet6Address.getByAddress(null, bytes, -1);
    }
}
