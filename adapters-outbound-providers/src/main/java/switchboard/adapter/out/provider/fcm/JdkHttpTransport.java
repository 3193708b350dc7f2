package switchboard.adapter.out.provider.fcm;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * google-auth-library's HTTP transport on the JDK's client, for the token requests: they then
 * share the FCM sender's client and its timeouts. (The library's own transport waits 20 s to
 * connect and 20 s to read, and offers no hook to change that.) The timeouts the library asks
 * for are ignored: the configured ones apply.
 */
final class JdkHttpTransport extends HttpTransport {

    /** Headers the JDK's client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Duration readTimeout;

    JdkHttpTransport(HttpClient client, Duration readTimeout) {
        this.client = client;
        this.readTimeout = readTimeout;
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) {
        return new Request(method, URI.create(url));
    }

    private final class Request extends LowLevelHttpRequest {

        private final String method;
        private final URI uri;
        private final List<String[]> headers = new ArrayList<>();

        Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        @Override
        public void addHeader(String name, String value) {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public LowLevelHttpResponse execute() throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout);
            headers.forEach(header -> request.header(header[0], header[1]));
            if (getContentType() != null) {
                request.setHeader("Content-Type", getContentType());
            }
            if (getContentEncoding() != null) {
                request.setHeader("Content-Encoding", getContentEncoding());
            }
            request.method(method, body());
            try {
                return new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while asking for an access token");
            }
        }

        private HttpRequest.BodyPublisher body() throws IOException {
            if (getStreamingContent() == null) {
                return HttpRequest.BodyPublishers.noBody();
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            getStreamingContent().writeTo(content);
            return HttpRequest.BodyPublishers.ofByteArray(content.toByteArray());
        }
    }

    private static final class Response extends LowLevelHttpResponse {

        private final HttpResponse<byte[]> response;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        Response(HttpResponse<byte[]> response) {
            this.response = response;
            response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name, value))));
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(response.body());
        }

        @Override
        public String getContentEncoding() {
            return response.headers().firstValue("Content-Encoding").orElse(null);
        }

        @Override
        public long getContentLength() {
            return response.body().length;
        }

        @Override
        public String getContentType() {
            return response.headers().firstValue("Content-Type").orElse(null);
        }

        @Override
        public String getStatusLine() {
            return "HTTP/1.1 " + response.statusCode();
        }

        @Override
        public int getStatusCode() {
            return response.statusCode();
        }

        @Override
        public String getReasonPhrase() {
            return null;
        }

        @Override
        public int getHeaderCount() {
            return headers.size();
        }

        @Override
        public String getHeaderName(int index) {
            return headers.get(index).getKey();
        }

        @Override
        public String getHeaderValue(int index) {
            return headers.get(index).getValue();
        }
    }
}
