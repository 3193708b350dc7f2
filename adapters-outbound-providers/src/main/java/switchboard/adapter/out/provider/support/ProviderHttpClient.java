package switchboard.adapter.out.provider.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * One provider's HTTP client: the JDK's, kept for the sender's life, with the configured
 * timeouts (connecting, and waiting for the whole answer). No redirects are followed: a
 * provider's API answers where it is asked. A request that cannot connect, or whose answer does
 * not come in time, is a {@link ProviderFailure} to be tried again later.
 */
public final class ProviderHttpClient {

    private final String provider;
    private final HttpClient client;
    private final Duration readTimeout;

    /** @param provider the provider's name, as failures show it ("FCM") */
    public ProviderHttpClient(String provider, Duration connectTimeout, Duration readTimeout) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A request to the provider, with the read timeout set. */
    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout);
    }

    public HttpResponse<byte[]> send(HttpRequest request) throws ProviderFailure {
        return send(request, provider);
    }

    /** @param endpoint names the endpoint in failures, when the provider has several ("Zalo OAuth") */
    public HttpResponse<byte[]> send(HttpRequest request, String endpoint) throws ProviderFailure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw ProviderFailure.deferred(endpoint + " did not answer in time: " + describe(e));
        } catch (IOException e) {
            throw ProviderFailure.deferred(endpoint + " could not be reached: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProviderFailure.deferred("interrupted while calling " + endpoint);
        }
    }

    /** The underlying client, for libraries that make their own calls to the provider. */
    public HttpClient client() {
        return client;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** The path under a configured base URL, whether or not that ends with a slash. */
    public static URI endpoint(URI baseUrl, String path) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + path);
    }

    /** The exception's message, or its kind when it has none (a refused connection often has none). */
    public static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : ProviderText.oneLine(message);
    }
}
