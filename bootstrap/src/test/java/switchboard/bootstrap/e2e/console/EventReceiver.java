package switchboard.bootstrap.e2e.console;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;

/**
 * Where the console's event tests have their endpoints' events posted: a stub on loopback,
 * registered as an instance extension ({@code @RegisterExtension}), emptied before each test and
 * answering 204 until the test says otherwise, stopped after the last; {@link #settings()} lets
 * the gateway post events to it and retry within a fraction of a second.
 */
final class EventReceiver implements BeforeEachCallback {

    final ProviderStub stub = ProviderStub.start();

    /** The gateway's settings: event posts may go to loopback, polled every 20 ms, retried after 100 to 200 ms. */
    static Map<String, String> settings() {
        return Map.of(
                "switchboard.webhook.allow-loopback", "true",
                "switchboard.events.idle-poll", "20ms",
                "switchboard.events.first-retry", "100ms",
                "switchboard.events.longest-retry", "200ms");
    }

    /** The URL of {@code path} on the stub. */
    String url(String path) {
        return stub.baseUri() + path;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        stub.clear();
        stub.answer(exchange -> Reply.json(204, ""));
        // Closed by JUnit when the test class is done.
        context.getParent().orElseThrow().getStore(ExtensionContext.Namespace.create(EventReceiver.class))
                .getOrComputeIfAbsent("stub", key -> (ExtensionContext.Store.CloseableResource) stub::close);
    }
}
