package switchboard.adapter.out.provider.webhook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's DNS step, and the SSRF guard: reads the host as an IP address or resolves
 * the name once, refuses the host if any of its addresses is not allowed by the
 * {@link AddressPolicy}, and hands the client exactly the addresses it checked, so no second
 * lookup can answer differently (DNS rebinding). A refusal is a {@link RefusedHostException}.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final HostResolver names;
    private final AddressPolicy policy;

    GuardedDnsResolver(HostResolver names, AddressPolicy policy) {
        this.names = names;
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String lowerCase = host.toLowerCase(Locale.ROOT);
        Optional<InetAddress> literal = IpLiteral.parse(lowerCase);
        InetAddress[] addresses = literal.isPresent() ? new InetAddress[] {literal.get()} : names.resolve(lowerCase);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host + " has no addresses");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedHostException(literal.isPresent() ? address.getHostAddress() + " is " + refusal.get()
                        : host + " resolves to " + address.getHostAddress() + ", " + refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** The host itself: nothing uses a canonical name here, and looking one up would be a second lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
