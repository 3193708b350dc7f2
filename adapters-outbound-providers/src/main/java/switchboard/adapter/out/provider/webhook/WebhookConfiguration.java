package switchboard.adapter.out.provider.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

import switchboard.adapter.out.provider.support.ProviderTimeouts;

/**
 * {@code switchboard.webhook.*}: how webhooks are signed, and how long the gateway waits for their
 * endpoints. Here {@code read-timeout} is the longest silence while waiting for the answer, and
 * {@code total-timeout} bounds the whole post, however the endpoint trickles its answer.
 */
@ConfigurationProperties("switchboard.webhook")
public class WebhookConfiguration extends ProviderTimeouts {

    /** The gateway's own signing secret, {@code whsec_} + base64; none means only tenants' accounts sign. */
    private String signingSecret;
    /** Lets webhooks reach loopback addresses (this machine): for tests, never in production. */
    private boolean allowLoopback;
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

    public Duration getTotalTimeout() {
        return totalTimeout;
    }

    public void setTotalTimeout(Duration totalTimeout) {
        this.totalTimeout = totalTimeout;
    }
}
