package switchboard.adapter.out.provider.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The system's resolver (hosts file, then DNS), through the JDK and its address cache. */
@Singleton
@Requires(property = "switchboard.webhook.enabled", value = "true")
public class SystemHostResolver implements HostResolver {

    @Override
    public InetAddress[] resolve(String name) throws UnknownHostException {
        return InetAddress.getAllByName(name);
    }
}
