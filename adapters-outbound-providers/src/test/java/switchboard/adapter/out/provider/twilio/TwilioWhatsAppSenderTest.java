package switchboard.adapter.out.provider.twilio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.dispatch.port.OutgoingText;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.MESSAGE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.SERVICE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_SID;

/** WhatsApp: the SMS request with {@code whatsapp:} addresses and the gateway's WhatsApp number. */
class TwilioWhatsAppSenderTest {

    private static final DeliveryId DELIVERY = DeliveryId.parse("0b7e4a52-1f7c-4d0e-a1c3-5f9d2e8b6a41");

    private ProviderStub stub;

    @BeforeEach
    void start() {
        stub = ProviderStub.start().answer(exchange -> Reply.json(201, Twilio.CREATED));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void theGatewaySendsFromItsWhatsAppNumberToAWhatsAppAddress() {
        TwilioWhatsAppSender sender = gatewaySender();

        assertThat(sender.hasGatewayAccount()).isTrue();
        assertThat(sender.send(text(Optional.empty()), Optional.empty())).isEqualTo(new AttemptResult.Sent(MESSAGE_SID));
        assertThat(stub.exchanges()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + GATEWAY_SID + "/Messages.json");
            assertThat(request.bodyText()).isEqualTo("To=whatsapp%3A%2B14155550100&From=whatsapp%3A%2B14155238886&Body=Hello"
                    + "&StatusCallback=https%3A%2F%2Fswitchboard.example.com%2Fcallbacks%2Ftwilio%2F" + DELIVERY);
        });
    }

    @Test
    void aSenderAlreadyWrittenAsAWhatsAppAddressIsNotPrefixedTwice() {
        TwilioWhatsAppSender sender = gatewaySender();

        sender.send(text(Optional.empty()), Optional.of(Twilio.tenantAccount(Map.of("from", "whatsapp:+14155550123"))));
        sender.send(text(Optional.of("+14155550777")), Optional.empty());

        assertThat(stub.exchanges()).extracting(ProviderStub.Exchange::path).containsExactly(
                "/2010-04-01/Accounts/" + TENANT_SID + "/Messages.json", "/2010-04-01/Accounts/" + GATEWAY_SID + "/Messages.json");
        assertThat(stub.exchanges()).extracting(exchange -> exchange.bodyText().split("&")[1])
                .containsExactly("From=whatsapp%3A%2B14155550123", "From=whatsapp%3A%2B14155550777");
    }

    @Test
    void theGatewaysSmsNumberIsNotAWhatsAppSenderButItsMessagingServiceIs() {
        String base = stub.baseUri().toString();
        TwilioWhatsAppSender smsOnly = new TwilioWhatsAppSender(Twilio.messages(
                Twilio.configuration(base, "+14155550199", null, null, null)));
        TwilioWhatsAppSender service = new TwilioWhatsAppSender(
                Twilio.messages(Twilio.configuration(base, null, SERVICE_SID, null, null)));

        assertThat(smsOnly.hasGatewayAccount()).isFalse();
        assertThat(service.hasGatewayAccount()).isTrue();
        service.send(text(Optional.empty()), Optional.empty());
        assertThat(stub.exchanges().get(0).bodyText())
                .isEqualTo("To=whatsapp%3A%2B14155550100&MessagingServiceSid=" + SERVICE_SID + "&Body=Hello");
    }

    private TwilioWhatsAppSender gatewaySender() {
        return new TwilioWhatsAppSender(Twilio.messages(Twilio.gatewayConfiguration(stub.baseUri().toString())));
    }

    private static OutgoingText text(Optional<String> sender) {
        return new OutgoingText(DELIVERY, new PhoneNumber("+14155550100"), sender, "Hello");
    }
}
