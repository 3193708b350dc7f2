package switchboard.adapter.out.provider.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A provider's HTTP server on loopback, for tests: records every request byte for byte and
 * answers each as the test's script says, in the provider's documented wire format.
 */
public final class ProviderStub implements AutoCloseable {

    /** One request as it arrived. Header names are as the client sent them; look them up ignoring case. */
    public record Exchange(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The header's first value, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** An answer: status, headers and a body (JSON unless a Content-Type header says otherwise). */
    public record Reply(int status, Map<String, String> headers, String body) {

        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private volatile Function<Exchange, Reply> script = exchange -> Reply.json(404, "{}");

    private ProviderStub(HttpServer server) {
        this.server = server;
    }

    /** A stub on a free loopback port, answering 404 until told otherwise. */
    public static ProviderStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ProviderStub stub = new ProviderStub(server);
            server.createContext("/", stub::handle);
            server.setExecutor(stub.executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers every request from now on by the script. */
    public ProviderStub answer(Function<Exchange, Reply> script) {
        this.script = script;
        return this;
    }

    /** http://127.0.0.1:port, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests received so far, in order. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public void clear() {
        exchanges.clear();
    }

    private void handle(HttpExchange http) throws IOException {
        try (http; InputStream in = http.getRequestBody()) {
            Exchange exchange = new Exchange(http.getRequestMethod(), http.getRequestURI().getRawPath(),
                    http.getRequestURI().getRawQuery(), Map.copyOf(http.getRequestHeaders()), in.readAllBytes());
            exchanges.add(exchange);
            Reply reply = script.apply(exchange);
            reply.headers().forEach((name, value) -> http.getResponseHeaders().add(name, value));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            http.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = http.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
