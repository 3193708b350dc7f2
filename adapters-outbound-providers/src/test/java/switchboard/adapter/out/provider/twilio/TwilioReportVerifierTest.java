package switchboard.adapter.out.provider.twilio;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.delivery.SignedReport;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.delivery.ProviderReport.Outcome;
import switchboard.domain.provider.ProviderAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_TOKEN;
import static switchboard.adapter.out.provider.twilio.Twilio.MESSAGE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.PUBLIC_URL;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_TOKEN;

/**
 * Status callbacks checked against the gateway's and a tenant's account. Signatures are computed
 * here, independently of the verifier's code, for the public URL Twilio calls.
 */
class TwilioReportVerifierTest {

    private static final Optional<ProviderAccount> GATEWAYS = Optional.empty();
    private static final Optional<ProviderAccount> TENANTS = Optional.of(Twilio.tenantAccount(Map.of()));

    private final TwilioReportVerifier verifier = new TwilioReportVerifier(Twilio.gatewayConfiguration("https://api.twilio.com"));
    private final String delivery = UUID.randomUUID().toString();

    @Test
    void aReportSignedByTheAccountItNamesIsAuthenticForThatAccountOnly() {
        Map<String, String> byGateway = form(GATEWAY_SID);
        Map<String, String> byTenant = form(TENANT_SID);

        SignedReport gatewaySigned = report(delivery, byGateway, sign(GATEWAY_TOKEN, delivery, byGateway));
        SignedReport tenantSigned = report(delivery, byTenant, sign(TENANT_TOKEN, delivery, byTenant));

        assertThat(verifier.signedBy(gatewaySigned, GATEWAYS)).isTrue();
        assertThat(verifier.signedBy(gatewaySigned, TENANTS)).isFalse();
        assertThat(verifier.signedBy(tenantSigned, TENANTS)).isTrue();
        assertThat(verifier.signedBy(tenantSigned, GATEWAYS)).isFalse();
    }

    @Test
    void aReportSignedByAnAccountOtherThanTheOneItNamesIsRefused() {
        Map<String, String> namesTheGateway = form(GATEWAY_SID);
        SignedReport report = report(delivery, namesTheGateway, sign(TENANT_TOKEN, delivery, namesTheGateway));

        assertThat(verifier.signedBy(report, GATEWAYS)).isFalse();
        assertThat(verifier.signedBy(report, TENANTS)).isFalse();
    }

    @Test
    void aWrongSignatureIsRefused() {
        Map<String, String> form = form(GATEWAY_SID);

        assertThat(verifier.signedBy(report(delivery, form, sign("another token", delivery, form)), GATEWAYS)).isFalse();
        assertThat(verifier.signedBy(report(delivery, form, "GvWf1cFY/Q7PnoempGyD5oXAezc="), GATEWAYS)).isFalse();
    }

    @Test
    void aSignatureForAnotherUrlIsRefused() {
        Map<String, String> form = form(GATEWAY_SID);
        String signedForTheServersOwnUrl = Twilio.signature(GATEWAY_TOKEN, "http://127.0.0.1:8080/callbacks/twilio/" + delivery,
                form);

        assertThat(verifier.signedBy(report(delivery, form, signedForTheServersOwnUrl), GATEWAYS)).isFalse();
        assertThat(verifier.signedBy(report(UUID.randomUUID().toString(), form, sign(GATEWAY_TOKEN, delivery, form)), GATEWAYS))
                .as("signed for another delivery").isFalse();
    }

    @Test
    void aChangedFieldBreaksTheSignature() {
        Map<String, String> form = form(GATEWAY_SID);
        String signature = sign(GATEWAY_TOKEN, delivery, form);
        form.put("MessageStatus", "read");

        assertThat(verifier.signedBy(report(delivery, form, signature), GATEWAYS)).isFalse();
    }

    @Test
    void twilioMaySignWithTheDefaultPortWrittenOut() {
        Map<String, String> form = form(GATEWAY_SID);
        String signature = Twilio.signature(GATEWAY_TOKEN, "https://switchboard.example.com:443/callbacks/twilio/" + delivery, form);

        assertThat(verifier.signedBy(report(delivery, form, signature), GATEWAYS)).isTrue();
    }

    @Test
    void anAccountThatIsNotTwiliosSignsNothing() {
        Map<String, String> form = form(GATEWAY_SID);
        Optional<ProviderAccount> noSid = Optional.of(new ProviderAccount(Map.of(), Map.of("authToken", GATEWAY_TOKEN)));

        assertThat(verifier.signedBy(report(delivery, form, sign(GATEWAY_TOKEN, delivery, form)), noSid)).isFalse();
    }

    @Test
    void withoutAPublicUrlNoReportIsAuthentic() {
        TwilioReportVerifier withoutCallbacks = new TwilioReportVerifier(
                Twilio.configuration("https://api.twilio.com", "+14155550199", null, null, null));
        Map<String, String> form = form(GATEWAY_SID);

        assertThat(withoutCallbacks.signedBy(report(delivery, form, sign(GATEWAY_TOKEN, delivery, form)), GATEWAYS)).isFalse();
    }

    private static Map<String, String> form(String accountSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", MESSAGE_SID);
        form.put("MessageStatus", "delivered");
        form.put("AccountSid", accountSid);
        form.put("From", "+14155550199");
        form.put("To", "+14155550100");
        return form;
    }

    /** The report as the callbacks controller hands it on: the account SID it names, every field posted. */
    private static SignedReport report(String deliveryId, Map<String, String> form, String signature) {
        return new SignedReport(deliveryId, new ProviderReport(MESSAGE_SID, Outcome.DELIVERED, Optional.empty()),
                form.get("AccountSid"), form, signature);
    }

    /** The signature Twilio sends for a callback to the delivery's public URL. */
    private static String sign(String authToken, String deliveryId, Map<String, String> form) {
        return Twilio.signature(authToken, PUBLIC_URL + "/callbacks/twilio/" + deliveryId, form);
    }
}
