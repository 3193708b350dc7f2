package switchboard.application.delivery;

import java.util.Map;
import java.util.Objects;

import switchboard.domain.delivery.ProviderReport;

/**
 * A provider's report on a delivery as it arrived, with what its signature covers.
 *
 * @param deliveryId       the delivery the report is on, as the provider wrote it: possibly no delivery id at all
 * @param report           what the provider reports
 * @param accountId        the provider account the report names as its sender
 * @param signedParameters the request's parameters the signature covers, every one the provider sent
 * @param signature        the signature the provider sent with the report
 */
public record SignedReport(String deliveryId, ProviderReport report, String accountId,
                           Map<String, String> signedParameters, String signature) {

    public SignedReport {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(accountId, "accountId");
        signedParameters = Map.copyOf(signedParameters);
        Objects.requireNonNull(signature, "signature");
    }
}
