package switchboard.application.delivery;

/** Takes in a provider's report (a status callback) on a delivery it accepted. */
public interface RecordDeliveryReportUseCase {

    /**
     * Applies the report to the delivery, if the report is authentic: signed by one of the
     * accounts the delivery may have been sent with. A report on a delivery the gateway does not
     * know (or on an id that is none), or one that comes too late to change anything, is taken
     * and dropped if the gateway's own account signed it.
     */
    ReportOutcome record(SignedReport report);

    enum ReportOutcome {
        /** The delivery moved to the state the report gives. */
        APPLIED,
        /** Authentic, but changes nothing: the delivery is past it, or unknown. */
        DROPPED,
        /** Signed by none of the accounts the delivery may have been sent with: refused. */
        NOT_AUTHENTIC
    }
}
