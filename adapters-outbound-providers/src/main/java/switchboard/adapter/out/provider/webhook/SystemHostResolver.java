package switchboard.adapter.out.provider.webhook;

import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The system's resolver (hosts file, then DNS), through the JDK and its address cache. Always
 * there, webhooks enabled or not: the event poster resolves the tenants' endpoints with it too.
 */
@Singleton
public class SystemHostResolver implements HostResolver {

    @Override
    public InetAddress[] resolve(String name) throws UnknownHostException {
        return InetAddress.getAllByName(name);
    }
}
