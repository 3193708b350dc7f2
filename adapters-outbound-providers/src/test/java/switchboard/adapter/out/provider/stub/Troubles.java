package switchboard.adapter.out.provider.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/** Network trouble for provider tests: an address where nothing listens, and answers that come late. */
public final class Troubles {

    private Troubles() {
    }

    /** http://127.0.0.1:port where the port was free a moment ago: connecting is refused. */
    public static URI closedAddress() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reply, once the delay has passed (or the stub stopped). */
    public static ProviderStub.Reply late(Duration delay, ProviderStub.Reply reply) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reply;
    }
}
