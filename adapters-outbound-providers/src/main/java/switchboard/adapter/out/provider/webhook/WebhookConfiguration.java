package switchboard.adapter.out.provider.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** {@code switchboard.webhook.*}: how webhooks are signed and how far the gateway waits for their endpoints. */
@ConfigurationProperties("switchboard.webhook")
public class WebhookConfiguration {

    /** The gateway's own signing secret, {@code whsec_} + base64; none means only tenants' accounts sign. */
    private String signingSecret;
    /** Lets webhooks reach loopback addresses (this machine): for tests, never in production. */
    private boolean allowLoopback;
    private Duration connectTimeout = Duration.ofSeconds(5);
    /** The longest silence while waiting for the endpoint's answer. */
    private Duration readTimeout = Duration.ofSeconds(10);
    /** The longest one post may take from start to end, however the endpoint trickles its answer. */
    private Duration totalTimeout = Duration.ofSeconds(30);

    public String getSigningSecret() {
        return signingSecret;
    }

    public void setSigningSecret(String signingSecret) {
        this.signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret.strip();
    }

    public boolean isAllowLoopback() {
        return allowLoopback;
    }

    public void setAllowLoopback(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
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

    public Duration getTotalTimeout() {
        return totalTimeout;
    }

    public void setTotalTimeout(Duration totalTimeout) {
        this.totalTimeout = totalTimeout;
    }
}
