package switchboard.application.delivery.port;

import java.util.Optional;

import switchboard.application.delivery.SignedReport;
import switchboard.domain.provider.ProviderAccount;

/** Checks a provider's report against an account at the provider, by the provider's rules of signing. */
public interface ReportVerifier {

    /** The provider whose reports it checks, named as its sender names itself ({@link switchboard.application.dispatch.port.ProviderSender#provider()}). */
    String provider();

    /**
     * Whether the report names the account and carries a valid signature of it for this delivery.
     *
     * @param account the tenant's or the caller's account; empty for the gateway's own
     */
    boolean signedBy(SignedReport report, Optional<ProviderAccount> account);
}
