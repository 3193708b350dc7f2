package switchboard.application.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportOutcome;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.delivery.port.ReportVerifier;
import switchboard.application.dispatch.Senders;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.NoMeters;
import switchboard.application.memory.RecordingProviderSender;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptRecord.Account;
import switchboard.domain.delivery.AttemptRecord.Kind;
import switchboard.domain.delivery.AttemptRecord.Outcome;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.application.memory.Eventually.waitFor;

class DeliveryReportsTest {

    private static final ProviderAccount TENANTS = new ProviderAccount(Map.of("accountSid", "AC1"), Map.of("authToken", "t1"));
    private static final ProviderAccount CALLERS = new ProviderAccount(Map.of("accountSid", "AC2"), Map.of("authToken", "t2"));
    private static final String BY_THE_GATEWAY = "gateway";
    /** Takes a report's signature for the account SID of its signer, {@link #BY_THE_GATEWAY} for the gateway's own. */
    private static final ReportVerifier SIGNATURE_NAMES_THE_SIGNER = new ReportVerifier() {
        @Override
        public String provider() {
            return "recording";
        }

        @Override
        public boolean signedBy(SignedReport report, Optional<ProviderAccount> account) {
            return report.signature().equals(account.map(DeliveryReportsTest::signedBy).orElse(BY_THE_GATEWAY));
        }
    };

    private final RecordingProviderSender.Sms sms = RecordingProviderSender.sms(true);
    private final Gateway gateway = new Gateway(new Senders(Optional.empty(), Optional.of(sms), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()));
    private final RecordDeliveryReportService reports = new RecordDeliveryReportService(gateway.stores.deliveries(),
            gateway.stores.providerSettings(), Gateway.SEALER, SIGNATURE_NAMES_THE_SIGNER, gateway.deliveryLog,
            Clock.systemUTC(), NoMeters.DELIVERIES);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aDeliveredReportEndsTheDeliveryAndALateSentOneChangesNothing() throws Exception {
        Delivery sent = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone())));

        assertThat(reports.record(signed(sent.id(), report(ProviderReport.Outcome.DELIVERED), BY_THE_GATEWAY)))
                .isEqualTo(ReportOutcome.APPLIED);
        assertThat(reports.record(signed(sent.id(), report(ProviderReport.Outcome.SENT), BY_THE_GATEWAY)))
                .isEqualTo(ReportOutcome.DROPPED);
        assertThat(stored(sent).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(history(sent)).as("the dropped report adds nothing")
                .extracting(AttemptRecord::kind, AttemptRecord::outcome, AttemptRecord::account)
                .containsExactly(tuple(Kind.ATTEMPT, Outcome.SENT, Optional.of(Account.GATEWAY)),
                        tuple(Kind.REPORT, Outcome.DELIVERED, Optional.empty()));
    }

    @Test
    void anUndeliveredReportKeepsTheProvidersErrorCode() throws Exception {
        Delivery sent = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone())));

        reports.record(signed(sent.id(), new ProviderReport("SM1", ProviderReport.Outcome.UNDELIVERED,
                Optional.of("twilio 30003 unreachable handset")), BY_THE_GATEWAY));

        assertThat(stored(sent).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stored(sent).lastError()).contains("twilio 30003 unreachable handset");
        assertThat(history(sent).get(1)).extracting(AttemptRecord::outcome, AttemptRecord::error, AttemptRecord::providerRef)
                .containsExactly(Outcome.UNDELIVERED, Optional.of("twilio 30003 unreachable handset"), Optional.of("SM1"));
    }

    @Test
    void aReportMustBeSignedForAnAccountTheDeliveryMayHaveBeenSentWith() throws Exception {
        gateway.stores.providerSettings().save(Gateway.TENANT, new ProviderSettings(Channel.SMS, TENANTS, Optional.empty(), 2));
        Delivery viaTenant = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone())));

        assertThat(reports.record(signed(viaTenant.id(), report(ProviderReport.Outcome.DELIVERED), signedBy(CALLERS))))
                .isEqualTo(ReportOutcome.NOT_AUTHENTIC);
        assertThat(stored(viaTenant).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(reports.record(signed(viaTenant.id(), report(ProviderReport.Outcome.DELIVERED), signedBy(TENANTS))))
                .isEqualTo(ReportOutcome.APPLIED);
        assertThat(history(viaTenant)).extracting(AttemptRecord::account)
                .containsExactly(Optional.of(Account.PRIMARY), Optional.empty());
    }

    @Test
    void aCallersOwnAccountAuthenticatesReportsOnItsDeliveries() throws Exception {
        Delivery viaCaller = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone()))
                .withProviderAccount(Channel.SMS, CALLERS));

        assertThat(reports.record(signed(viaCaller.id(), report(ProviderReport.Outcome.DELIVERED), signedBy(CALLERS))))
                .isEqualTo(ReportOutcome.APPLIED);
        assertThat(stored(viaCaller).credentials()).as("no longer needed").isEmpty();
        assertThat(history(viaCaller).get(0).account()).contains(Account.CALLER);
    }

    @Test
    void aLateReportOnADeliveryWhoseCallersAccountIsGoneIsDroppedNotRefused() throws Exception {
        Delivery viaCaller = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone()))
                .withProviderAccount(Channel.SMS, CALLERS));
        reports.record(signed(viaCaller.id(), report(ProviderReport.Outcome.DELIVERED), signedBy(CALLERS)));

        // Twilio's "sent" arriving after its "delivered", signed with the caller's account, which the delivery no longer keeps.
        assertThat(reports.record(signed(viaCaller.id(), report(ProviderReport.Outcome.SENT), signedBy(CALLERS))))
                .isEqualTo(ReportOutcome.DROPPED);
        assertThat(stored(viaCaller).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(history(viaCaller)).hasSize(2);
    }

    @Test
    void aReportOnAnUnknownDeliveryIsDroppedIfAuthentic() {
        assertThat(reports.record(signed(DeliveryId.random(), report(ProviderReport.Outcome.DELIVERED), BY_THE_GATEWAY)))
                .isEqualTo(ReportOutcome.DROPPED);
        assertThat(reports.record(signed(DeliveryId.random(), report(ProviderReport.Outcome.DELIVERED), signedBy(CALLERS))))
                .isEqualTo(ReportOutcome.NOT_AUTHENTIC);
    }

    @Test
    void aReportOnAnIdThatIsNoDeliveryIsCheckedAgainstTheGatewaysAccountLikeAnUnknownDelivery() {
        ProviderReport delivered = report(ProviderReport.Outcome.DELIVERED);

        assertThat(reports.record(new SignedReport("not-a-delivery", delivered, "AC", Map.of(), BY_THE_GATEWAY)))
                .isEqualTo(ReportOutcome.DROPPED);
        assertThat(reports.record(new SignedReport("not-a-delivery", delivered, "AC", Map.of(), signedBy(CALLERS))))
                .isEqualTo(ReportOutcome.NOT_AUTHENTIC);
    }

    @Test
    void aReportOnADeliveryPurgedWhileItIsAppliedIsDropped() throws Exception {
        Delivery sent = sentSms(SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Hi"), List.of(toPhone())));
        DeliveryStore store = gateway.stores.deliveries();
        DeliveryStore purgedOnWrite = new DeliveryStore() {
            private boolean purged;

            @Override
            public Optional<Delivery> find(DeliveryId id) {
                return purged ? Optional.empty() : store.find(id);
            }

            @Override
            public boolean replace(Delivery previous, Delivery next, Optional<AttemptRecord> entry) {
                purged = true;
                return false;
            }

            @Override
            public List<AttemptRecord> history(TenantId tenantId, MessageId messageId) {
                return store.history(tenantId, messageId);
            }

            @Override
            public List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page) {
                return store.list(tenantId, filter, page);
            }
        };
        RecordDeliveryReportService racingThePurge = new RecordDeliveryReportService(purgedOnWrite,
                gateway.stores.providerSettings(), Gateway.SEALER, SIGNATURE_NAMES_THE_SIGNER, gateway.deliveryLog,
            Clock.systemUTC(), NoMeters.DELIVERIES);

        assertThat(racingThePurge.record(signed(sent.id(), report(ProviderReport.Outcome.DELIVERED), BY_THE_GATEWAY)))
                .isEqualTo(ReportOutcome.DROPPED);
    }

    private Delivery sentSms(SendCommand command) throws Exception {
        gateway.worker.start();
        Delivery queued = ((RecipientOutcome.Accepted) gateway.send.send(command).outcomes().get(0))
                .deliveries().get(0);
        waitFor(() -> stored(queued).status() == DeliveryStatus.SENT);
        return stored(queued);
    }

    private List<AttemptRecord> history(Delivery delivery) {
        return gateway.stores.deliveries().history(delivery.tenantId(), delivery.messageId());
    }

    private Delivery stored(Delivery delivery) {
        return gateway.stores.deliveries().find(delivery.id()).orElseThrow();
    }

    private static String signedBy(ProviderAccount account) {
        return account.field("accountSid");
    }

    private static SignedReport signed(DeliveryId delivery, ProviderReport report, String signature) {
        return new SignedReport(delivery.toString(), report, "AC", Map.of(), signature);
    }

    private static ToAddress toPhone() {
        return new ToAddress(Recipient.of(Channel.SMS, "+14155550100"));
    }

    private static ProviderReport report(ProviderReport.Outcome outcome) {
        return new ProviderReport("SM1", outcome, Optional.empty());
    }
}
