package switchboard.adapter.in.admin.message;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated mapping of messages, their deliveries and captured copies to the Admin API's views. */
class MessageMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TenantId TENANT = new TenantId("acme");

    private final MessageMapper mapper = new MessageMapperImpl();

    @Test
    void aMessageShowsItsSubjectAndEachDeliveryFlat() {
        Message message = new Message(MessageId.generate(), TENANT, "admin", Content.text("Hello", "Body"), EmailOptions.NONE,
                null, "spring", false, NOW);
        Delivery sms = Delivery.queue(message.id(), TENANT, Recipient.of(Channel.SMS, "+97455555555"), NOW, NOW);

        MessageView view = mapper.view(new MessageRecord(message, List.of(sms)), List.of());

        assertThat(view).isEqualTo(new MessageView(message.id().toString(), "acme", "admin", "Hello", "spring", false, NOW,
                List.of(new DeliveryView(sms.id().toString(), message.id().toString(), "SMS", "+97455555555", "QUEUED", 0, null,
                        null, NOW, NOW, List.of()))));
    }

    @Test
    void eachDeliveryCarriesItsOwnHistoryByName() {
        Message message = new Message(MessageId.generate(), TENANT, "admin", Content.text("Hello", "Body"), EmailOptions.NONE,
                null, null, false, NOW);
        Delivery first = Delivery.queue(message.id(), TENANT, Recipient.of(Channel.SMS, "+97455555555"), NOW, NOW).claim(NOW);
        Delivery second = Delivery.queue(message.id(), TENANT, Recipient.of(Channel.SMS, "+97455555556"), NOW, NOW);
        AttemptResult refused = new AttemptResult.Deferred("twilio 503");
        Delivery retrying = first.afterAttempt(refused, NOW, new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1)), 0.5);
        AttemptRecord attempt = AttemptRecord.ofAttempt(refused, retrying, Optional.of("twilio"),
                Optional.of(AttemptRecord.Account.FALLBACK));

        MessageView view = mapper.view(new MessageRecord(message, List.of(retrying, second)), List.of(attempt));

        assertThat(view.deliveries().get(0).history()).containsExactly(new AttemptView("ATTEMPT", 1, NOW, "RETRYING",
                "twilio 503", "twilio", null, "FALLBACK"));
        assertThat(view.deliveries().get(1).history()).isEmpty();
        assertThat(mapper.view(retrying).history()).as("a delivery listed alone").isNull();
    }

    @Test
    void aSummaryCountsDeliveriesByStatusName() {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        counts.put(DeliveryStatus.SENT, 2);
        counts.put(DeliveryStatus.DEAD, 1);
        MessageId id = MessageId.generate();

        MessageSummaryView view = mapper.view(new MessageSummary(id, "dripcel", null, null, true, NOW, counts));

        assertThat(view).isEqualTo(new MessageSummaryView(id.toString(), "dripcel", null, null, true, NOW,
                Map.of("DEAD", 1, "SENT", 2)));
        assertThat(view.deliveries().keySet()).containsExactly("DEAD", "SENT");
    }

    @Test
    void aCapturedCopysBodyIsItsTextElseItsHtml() {
        DeliveryId deliveryId = DeliveryId.random();
        MessageId messageId = MessageId.generate();

        assertThat(mapper.view(captured(deliveryId, messageId, "Text", "<p>Html</p>"))).isEqualTo(new CapturedView(
                deliveryId.toString(), messageId.toString(), "EMAIL", "ann@example.com", "Hello", "Text", "<p>Html</p>", NOW));
        assertThat(mapper.view(captured(deliveryId, messageId, null, "<p>Html</p>")).body()).isEqualTo("<p>Html</p>");
    }

    private static CapturedDelivery captured(DeliveryId deliveryId, MessageId messageId, String text, String html) {
        return new CapturedDelivery(deliveryId, messageId, Channel.EMAIL, "ann@example.com", "Hello", text, html, NOW);
    }
}
