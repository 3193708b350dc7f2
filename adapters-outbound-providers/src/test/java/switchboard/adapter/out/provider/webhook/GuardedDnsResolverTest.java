package switchboard.adapter.out.provider.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.webhook.AddressPolicyTest.address;
import static switchboard.adapter.out.provider.webhook.AddressPolicyTest.mapped;

/** The SSRF guard at the HTTP client's DNS step: host spellings, names and their answers. */
class GuardedDnsResolverTest {

    /** Names and their answers, as a DNS server might give them; records every name it is asked. */
    private final List<String> asked = new ArrayList<>();
    private final HostResolver names = name -> {
        asked.add(name);
        InetAddress[] answer = table().get(name);
        if (answer == null) {
            throw new UnknownHostException(name);
        }
        return answer;
    };

    private final GuardedDnsResolver guard = new GuardedDnsResolver(names, new AddressPolicy(false));
    private final GuardedDnsResolver loopbackAllowed = new GuardedDnsResolver(names, new AddressPolicy(true));

    private static Map<String, InetAddress[]> table() {
        try {
            return Map.of(
                    "public.example.test", new InetAddress[] {address("93.184.215.14"), address("2606:2800:21f:cb07:6820:80da:af6b:8b2c")},
                    "private.example.test", new InetAddress[] {address("10.0.0.7")},
                    "mixed.example.test", new InetAddress[] {address("93.184.215.14"), address("192.168.1.20")},
                    "mixed6.example.test", new InetAddress[] {address("2606:4700::1"), address("fd00::5")},
                    "metadata.example.test", new InetAddress[] {address("169.254.169.254")},
                    "mapped.example.test", new InetAddress[] {mapped("10.0.0.7")},
                    "hooks.example.test", new InetAddress[] {address("127.0.0.1")},
                    "hooks.example.test.", new InetAddress[] {address("127.0.0.1")},
                    "empty.example.test", new InetAddress[0]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2130706433         | 127.0.0.1
            017700000001       | 127.0.0.1
            0x7f000001         | 127.0.0.1
            0X7F000001         | 127.0.0.1
            0177.0.0.1         | 127.0.0.1
            0x7f.0.0.1         | 127.0.0.1
            0x7F.0x0.0x0.0x1   | 127.0.0.1
            127.000.000.001    | 127.0.0.1
            127.1              | 127.0.0.1
            0x7f.1             | 127.0.0.1
            127.0.1            | 127.0.0.1
            127.0.0.1.         | 127.0.0.1
            2130706433.        | 127.0.0.1
            [::ffff:127.0.0.1] | 127.0.0.1
            [::ffff:7f00:1]    | 127.0.0.1
            [::FFFF:7F00:1]    | 127.0.0.1
            [::1]              | 0:0:0:0:0:0:0:1
            [0:0:0:0:0:0:0:1]  | 0:0:0:0:0:0:0:1
            ::1                | 0:0:0:0:0:0:0:1
            """)
    void everySpellingOfLoopbackIsReadWithoutALookupRefusedAndAllowedOnlyWithTheSwitch(String host, String address)
            throws Exception {
        assertThatThrownBy(() -> guard.resolve(host)).isInstanceOf(RefusedHostException.class)
                .hasMessageContaining(address + " is a loopback address");

        assertThat(loopbackAllowed.resolve(host)).extracting(InetAddress::getHostAddress).containsExactly(address);
        assertThat(asked).as("literals are never looked up").isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}, refused")
    @CsvSource(delimiter = '|', textBlock = """
            0                      | 0.0.0.0
            0.0.0.0                | 0.0.0.0
            10.1                   | 10.0.0.1
            012.0.0.1              | 10.0.0.1
            167772161              | 10.0.0.1
            3232235777             | 192.168.1.1
            0xc0a80101             | 192.168.1.1
            0xA9.0xFE.0xA9.0xFE    | 169.254.169.254
            2852039166             | 169.254.169.254
            [::ffff:169.254.169.254] | 169.254.169.254
            [::ffff:a9fe:a9fe]     | 169.254.169.254
            [fd00::1]              | fd00:0:0:0:0:0:0:1
            [FE80::1]              | fe80:0:0:0:0:0:0:1
            [::]                   | 0:0:0:0:0:0:0:0
            """)
    void otherSpellingsOfRefusedAddressesAreRefusedEvenWithLoopbackAllowed(String host, String address) {
        assertThatThrownBy(() -> loopbackAllowed.resolve(host)).isInstanceOf(RefusedHostException.class)
                .hasMessageStartingWith(address + " is ");
        assertThat(asked).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "0x100.0.0.1", "08.0.0.1", "09", "4294967296", "1.16777216",
            "[::1", "[1.2.3.4]", "[::1]:80", "[not::an:address:at:all:really:no]"})
    void whatIsWrittenLikeAnAddressButIsNotOneIsRefusedNotLookedUp(String host) {
        assertThatThrownBy(() -> loopbackAllowed.resolve(host)).isInstanceOf(RefusedHostException.class)
                .hasMessageContaining("is written like an IPv");
        assertThat(asked).isEmpty();
    }

    @Test
    void aNameWhoseAddressesAreAllPublicPassesWithExactlyTheAddressesChecked() throws Exception {
        InetAddress[] addresses = guard.resolve("public.example.test");

        assertThat(addresses).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
        assertThat(guard.resolve("public.example.test", 443)).extracting(InetSocketAddress::getPort)
                .containsExactly(443, 443);
        assertThat(asked).containsExactly("public.example.test", "public.example.test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            private.example.test  | private.example.test resolves to 10.0.0.7, a private address (10.0.0.0/8)
            mixed.example.test    | mixed.example.test resolves to 192.168.1.20, a private address (192.168.0.0/16)
            mixed6.example.test   | mixed6.example.test resolves to fd00:0:0:0:0:0:0:5, a unique-local address (fc00::/7)
            metadata.example.test | metadata.example.test resolves to 169.254.169.254, a link-local address
            mapped.example.test   | mapped.example.test resolves to 0:0:0:0:0:ffff:a00:7, an IPv4-mapped address for 10.0.0.7, a private
            """)
    void aNameWithAnyRefusedAddressIsRefused(String host, String reason) {
        assertThatThrownBy(() -> loopbackAllowed.resolve(host)).isInstanceOf(RefusedHostException.class)
                .hasMessageStartingWith(reason);
        assertThat(asked).containsExactly(host);
    }

    @Test
    void namesAreLookedUpInLowerCaseAndTheirAnswersChecked() {
        assertThatThrownBy(() -> guard.resolve("HOOKS.Example.TEST")).isInstanceOf(RefusedHostException.class)
                .hasMessage("HOOKS.Example.TEST resolves to 127.0.0.1, a loopback address (127.0.0.0/8)");
        assertThatThrownBy(() -> guard.resolve("hooks.example.test.")).isInstanceOf(RefusedHostException.class)
                .hasMessageContaining("loopback");

        assertThat(asked).containsExactly("hooks.example.test", "hooks.example.test.");
    }

    @Test
    void aNameWithoutAddressesIsUnknownNotRefused() {
        assertThatThrownBy(() -> guard.resolve("empty.example.test")).isExactlyInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> guard.resolve("nowhere.example.test")).isExactlyInstanceOf(UnknownHostException.class);
    }

    @Test
    void theSystemResolverIsCheckedToo() {
        GuardedDnsResolver system = new GuardedDnsResolver(new SystemHostResolver(), new AddressPolicy(false));

        assertThatThrownBy(() -> system.resolve("localhost")).isInstanceOf(RefusedHostException.class)
                .hasMessageContaining("localhost resolves to").hasMessageContaining("loopback");
    }
}
