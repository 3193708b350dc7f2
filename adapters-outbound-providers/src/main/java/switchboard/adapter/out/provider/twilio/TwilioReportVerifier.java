package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.application.delivery.SignedReport;
import switchboard.application.delivery.port.ReportVerifier;
import switchboard.domain.provider.ProviderAccount;

/**
 * Checks Twilio's status callbacks: a report counts for an account (the gateway's when none is
 * given) if it names the account's SID and its {@code X-Twilio-Signature} is that of the
 * account's auth token for the URL Twilio called, the status callback URL the senders gave
 * ({@code switchboard.twilio.status-callback-base-url} and the delivery's path, not the URL
 * the gateway sees behind a proxy).
 */
@Singleton
@Requires(property = "switchboard.twilio.enabled", value = "true")
public class TwilioReportVerifier implements ReportVerifier {

    private final TwilioConfiguration configuration;

    public TwilioReportVerifier(TwilioConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String provider() {
        return "twilio";
    }

    @Override
    public boolean signedBy(SignedReport report, Optional<ProviderAccount> account) {
        Optional<TwilioCredentials> credentials;
        try {
            credentials = account.isPresent() ? Optional.of(TwilioAccount.credentialsOf(account.get()))
                    : configuration.gatewayCredentials();
        } catch (IllegalArgumentException notTwilios) {
            return false;
        }
        return credentials.filter(signer -> signer.accountSid().equals(report.accountId()))
                .filter(signer -> configuration.signedCallbackUrls(report.deliveryId()).stream()
                        .anyMatch(url -> TwilioSignature.matches(report.signature(), signer.authToken(), url,
                                report.signedParameters())))
                .isPresent();
    }
}
