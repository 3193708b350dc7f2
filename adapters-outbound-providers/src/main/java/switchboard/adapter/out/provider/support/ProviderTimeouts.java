package switchboard.adapter.out.provider.support;

import java.time.Duration;

/** The {@code connect-timeout} and {@code read-timeout} of a provider's configuration, and its client built with them. */
public abstract class ProviderTimeouts {

    private Duration connectTimeout = Duration.ofSeconds(5);
    /** For the whole answer of one request. */
    private Duration readTimeout = Duration.ofSeconds(10);

    /** @param provider the provider's name, as failures show it */
    public ProviderHttpClient httpClient(String provider) {
        return new ProviderHttpClient(provider, connectTimeout, readTimeout);
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }
}
