package switchboard.adapter.out.provider.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Finds the addresses of a host name: the system's DNS, or a table in tests. Asked once per connection. */
@FunctionalInterface
public interface HostResolver {

    /** Every address of the name (A and AAAA records alike); never empty. */
    InetAddress[] resolve(String name) throws UnknownHostException;
}
