package switchboard.application.delivery;

import java.util.Optional;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.provider.ProviderAccount;

/** Takes in a provider's report (a status callback) on a delivery it accepted. */
public interface RecordDeliveryReportUseCase {

    /**
     * Applies the report to the delivery, if the report is authentic: signed for one of the
     * accounts the delivery may have been sent with. A report on a delivery the gateway does not
     * know, or one that comes too late to change anything, is taken and dropped.
     *
     * @param authenticity checks the report's signature against an account
     */
    ReportOutcome record(DeliveryId deliveryId, ProviderReport report, ReportAuthenticity authenticity);

    /** Whether a report carries a valid signature of an account at the provider. */
    @FunctionalInterface
    interface ReportAuthenticity {

        /** @param account the tenant's or the caller's account; empty for the gateway's own */
        boolean signedFor(Optional<ProviderAccount> account);
    }

    enum ReportOutcome {
        /** The delivery moved to the state the report gives. */
        APPLIED,
        /** Authentic, but changes nothing: the delivery is past it, or unknown. */
        DROPPED,
        /** Signed by none of the accounts the delivery may have been sent with: refused. */
        NOT_AUTHENTIC
    }
}
