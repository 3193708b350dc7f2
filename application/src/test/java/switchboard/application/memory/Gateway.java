package switchboard.application.memory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import switchboard.application.contact.UpsertContactsService;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.dispatch.AccountSelector;
import switchboard.application.dispatch.ChannelSenders;
import switchboard.application.dispatch.DeliveryAttempts;
import switchboard.application.dispatch.DispatchSettings;
import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.dispatch.Senders;
import switchboard.application.send.SendBatchService;
import switchboard.application.send.SendMessageService;
import switchboard.application.send.SendingPorts;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * The application wired on in-memory ports, as bootstrap wires it on real ones: for tests of
 * the send and dispatch flow without a framework or a database.
 */
public final class Gateway implements AutoCloseable {

    public static final TenantId TENANT = new TenantId("acme");
    /** Reads "+..." as it is and "0..." as a South African national number, like libphonenumber would. */
    public static final PhoneNumberNormalizer PHONES = (raw, region) -> {
        String digits = raw.replaceAll("[ ()-]", "");
        if (digits.startsWith("+")) {
            return Optional.of(new PhoneNumber(digits));
        }
        return digits.startsWith("0") && "ZA".equals(region) ? Optional.of(new PhoneNumber("+27" + digits.substring(1)))
                : Optional.empty();
    };

    public static final FakeSecretSealer SEALER = new FakeSecretSealer();

    public final InMemoryStores stores = new InMemoryStores();
    public final RecordingTracing tracing = new RecordingTracing();
    public final RecordingDeliveryLog deliveryLog = new RecordingDeliveryLog();
    public final DispatchWorker worker;
    public final SendMessageService send;
    public final SendBatchService sendBatch;
    public final UpsertContactsService contacts;

    public Gateway(Senders senders, RetryPolicy retries) {
        Clock clock = Clock.systemUTC();
        stores.tenants().add(new Tenant(TENANT, "Acme", ContactFields.DEFAULT, clock.instant()));
        Random random = new Random(42);
        AccountSelector accounts = new AccountSelector(SEALER, stores.providerSettings());
        ChannelSenders channels = new ChannelSenders(senders, stores.inbox(), accounts, tracing, clock, NoMeters.DELIVERIES);
        DeliveryAttempts attempts = new DeliveryAttempts(channels, stores.suppressions(), retries, tracing, clock,
                random::nextDouble, NoMeters.DELIVERIES);
        worker = new DispatchWorker(stores.queue(), attempts,
                new DispatchSettings("test-worker", 4, 4, Duration.ofSeconds(2), Duration.ofMillis(20), Duration.ofSeconds(5)), deliveryLog, clock);
        SendingPorts ports = new SendingPorts(stores.tenants(), stores.contacts(), PHONES, stores.messages(),
                new FieldTemplateRenderer(), SEALER, worker, tracing, clock, NoMeters.SENDS);
        send = new SendMessageService(ports);
        sendBatch = new SendBatchService(ports);
        contacts = new UpsertContactsService(stores.tenants(), stores.contacts(), PHONES);
    }

    public Gateway(Senders senders) {
        this(senders, new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    @Override
    public void close() {
        worker.close();
    }
}
