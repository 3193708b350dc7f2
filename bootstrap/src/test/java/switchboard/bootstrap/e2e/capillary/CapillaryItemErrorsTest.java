package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.MessageRecord;
import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.application.memory.Eventually.waitFor;

/** Each item is checked on its own, with Capillary's codes; a request is refused as a whole only when it cannot be read. */
@MicronautTest(transactional = false)
class CapillaryItemErrorsTest extends CapillaryTest {

    @Inject
    GetMessageUseCase getMessage;

    private CapillaryTenant shared;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.capillary.default-region", "IN");
    }

    /** One tenant for the tests that do not count deliveries. */
    private CapillaryTenant tenant() {
        if (shared == null) {
            shared = newCapillaryTenant("Capillary item errors");
        }
        return shared;
    }

    @Test
    void badSmsItemsFailAloneAndTheGoodOnesAreSent() throws Exception {
        CapillaryTenant own = newCapillaryTenant("Capillary mixed batch");

        GatewayClient.Response response = own.send(this, null, """
                {"sms": [
                  {"to": "919591471711", "body": "first good one"},
                  {"body": "no number"},
                  {"to": "919591471711"},
                  {"to": "12", "body": "too short a number"},
                  {"to": "919591471711", "body": "when?", "scheduledTime": "tomorrow morning"},
                  {"to": "919591471711", "body": "where?", "scheduledTime": "2024-02-22T00:25:06"},
                  {"to": "+91 95914 71712", "body": "second good one", "sender": "BRAND"},
                  null
                ]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status")).isEqualTo(json("""
                {"count": 8, "statusCode": {"status": true, "message": "Some requests have failed due to errors", "code": 201},
                 "successCount": 2, "warnings": [], "warningsAsStatusCode": [],
                 "message": "Some requests have failed due to errors", "code": 201, "success": true}"""));
        List<Object> items = response.jsonList("smsList");
        assertThat(items).extracting(CapillaryItemErrorsTest::errorCodes).containsExactly(
                List.of(), List.of(4203), List.of(4203), List.of(7101), List.of(7103), List.of(7103), List.of(), List.of(7105));
        assertThat(items.get(1)).isEqualTo(json("""
                {"sms": {"to": "", "body": "no number", "scheduledTime": "", "sender": ""},
                 "errors": [{"status": false, "message": "The mobile number 'to' is missing.", "code": 4203}],
                 "warnings": []}"""));
        assertThat(items.get(7)).isEqualTo(json("""
                {"errors": [{"status": false, "message": "An item must be a JSON object.", "code": 7105}], "warnings": []}"""));
        waitFor(() -> captured(own, "sms").size() == 2);
        assertThat(captured(own, "sms")).extracting(field("to"), field("body")).containsExactlyInAnyOrder(
                tuple("+919591471711", "first good one"), tuple("+919591471712", "second good one"));
    }

    @Test
    void aSenderIdBecomesTheMessagesSenderAndANumberWithoutCountryCodeIsReadInTheDefaultRegion() {
        CapillaryTenant own = newCapillaryTenant("Capillary sender");

        GatewayClient.Response response = own.send(this, "sms",
                "{\"sms\": [{\"to\": \"09591471711\", \"body\": \"From the brand\", \"sender\": \"BRAND\"}]}");

        assertThat(response.jsonList("smsList").get(0)).isEqualTo(json("""
                {"sms": {"to": "09591471711", "body": "From the brand", "scheduledTime": "", "sender": "BRAND"},
                 "errors": [],
                 "warnings": [{"status": true, "code": 7201,
                               "message": "'09591471711' has no country code: it was read as a number of IN, +919591471711."}]}"""));
        Map<?, ?> listed = (Map<?, ?>) client.get("/api/v1/tenants/" + own.admin().tenantId() + "/messages", own.admin().token())
                .jsonList("messages").get(0);
        MessageRecord message = getMessage.get(new TenantId(own.admin().tenantId()), MessageId.parse((String) listed.get("id")));
        assertThat(message.message().sender()).isEqualTo("BRAND");
        assertThat(message.deliveries()).extracting(delivery -> delivery.recipient().address().value())
                .containsExactly("+919591471711");
    }

    @Test
    void whenEveryItemFailsTheAnswerIs400WithCapillarysAllFailedStatus() {
        GatewayClient.Response response = tenant().send(this, "SMS", "{\"root\":{\"sms\":[{\"to\":\"not a number\",\"body\":\"x\"}]}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(json("""
                {"status": {"count": 1, "statusCode": {"status": false, "message": "All requests have failed due to errors", "code": 500},
                            "successCount": 0, "warnings": [], "warningsAsStatusCode": [],
                            "message": "All requests have failed due to errors", "code": 500, "success": false},
                 "smsList": [{"sms": {"to": "not a number", "body": "x", "scheduledTime": "", "sender": ""},
                              "errors": [{"status": false, "code": 7101,
                                          "message": "'not a number' is not a mobile number with its country code (such as 919591471711)."}],
                              "warnings": []}]}"""));
    }

    @Test
    void emailItemsAreCheckedForAddressesSubjectAndAttachments() {
        GatewayClient.Response response = tenant().send(this, "Email", """
                {"email": [
                  {"to": "not-an-email", "subject": "s"},
                  {"subject": "no recipient"},
                  {"to": "a@example.com"},
                  {"to": "a@example.com", "cc": "b@example.com; nope", "subject": "s"},
                  {"to": "a@example.com", "subject": "s", "attachments": {"attachment": [
                    {"file_name": "logo.png", "file_type": "png", "file_data": "iVBORw0KGgo="}]}},
                  {"to": "a@example.com", "subject": "s", "attachments": {"attachment": [
                    {"file_name": "report.pdf", "file_type": "pdf", "file_data": "not base64!", "file_encoding_type": "base64"}]}},
                  {"to": "a@example.com", "subject": "s", "attachments": {"attachment": [
                    {"file_name": "notes.txt", "file_type": "txt", "file_data": "x", "file_encoding_type": "uuencode"}]}},
                  {"to": "a@example.com", "subject": "s", "attachments": {"attachment": [{"file_type": "txt", "file_data": "x"}]}},
                  {"to": "a@example.com", "subject": "two\\nlines"},
                  {"to": "a@example.com", "subject": "fine", "scheduledTime": "22/02/2024"},
                  {"to": "a@example.com", "subject": "fine", "body": "hello"}
                ]}""");

        assertThat(response.status()).isEqualTo(200);
        List<Object> items = response.jsonList("emails");
        assertThat(items).extracting(CapillaryItemErrorsTest::errorCodes).containsExactly(
                List.of(8055), List.of(8055), List.of(4201), List.of(8055), List.of(7104), List.of(7104), List.of(7104),
                List.of(7104), List.of(7105), List.of(7103), List.of());
        assertThat(errorMessages(items.get(3))).containsExactly("'nope' in 'cc' is not a valid email address.");
        assertThat(errorMessages(items.get(4))).containsExactly(
                "Attachment 1 is an image (image/png): its file_data must be base64, with file_encoding_type base64.");
        assertThat(errorMessages(items.get(8))).containsExactly("the subject must not contain line breaks");
        assertThat(((Map<?, ?>) response.json().get("status")).get("successCount")).isEqualTo(1);
    }

    @Test
    void whatsappAndZaloItemsNeedAReceiverAndATemplate() {
        for (String channel : List.of("WhatsApp", "ZALO")) {
            String list = channel.equals("ZALO") ? "zaloMessage" : "whatsappMessage";
            GatewayClient.Response response = tenant().send(this, channel, "{\"" + list + "\": ["
                    + "{\"template\": \"no receiver\"}, {\"receiver\": \"919591471711\"},"
                    + "{\"receiver\": \"919591471711\", \"template\": \"fine\", \"scheduledTime\": \"2030-01-01T10:00:00Z\"}]}");

            assertThat(response.status()).as(channel).isEqualTo(200);
            List<Object> items = response.jsonList(channel.equals("ZALO") ? "zalo" : "whatsapp");
            assertThat(items).as(channel).extracting(CapillaryItemErrorsTest::errorCodes)
                    .containsExactly(List.of(403), List.of(7102), List.of());
            assertThat(((Map<?, ?>) items.get(0)).get(list)).isEqualTo(Map.of("receiver", "", "template", "no receiver",
                    "scheduledTime", ""));
        }
    }

    @Test
    void numbersSentAsJsonNumbersAndUnknownFieldsAreAccepted() {
        GatewayClient.Response response = tenant().send(this, "sms",
                "{\"extra\": true, \"sms\": [{\"to\": 919591471711, \"body\": \"a number\", \"priority\": \"high\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(errorCodes(response.jsonList("smsList").get(0))).isEmpty();
    }

    @Test
    void aRequestThatCannotBeReadIsRefusedAsAWhole() {
        assertRefused(tenant().send(this, "fax", "{\"sms\": []}"), 7002, "'fax' is not a channel; use one of sms, whatsapp, email, zalo.");
        assertRefused(tenant().send(this, "email", "{\"root\": {\"sms\": [{\"to\": \"919591471711\", \"body\": \"x\"}]}}"), 7003,
                "The body holds no 'email' list, or an empty one, for channel email.");
        assertRefused(tenant().send(this, "sms", "{\"sms\": []}"), 7003,
                "The body holds no 'sms' list, or an empty one, for channel sms.");
        String unreadable = "The body could not be read: it must be a JSON object holding the channel's list"
                + " (sms, email, whatsappMessage or zaloMessage), at the top or inside 'root'.";
        assertRefused(tenant().send(this, "sms", "{\"sms\": [{\"to\": "), 7001, unreadable);
        assertRefused(tenant().send(this, "sms", "{\"sms\": \"not a list\"}"), 7001, unreadable);
        assertRefused(tenant().send(this, "sms", "[]"), 7001, unreadable);
        assertRefused(tenant().send(this, "sms", ""), 7001, unreadable);
    }

    private void assertRefused(GatewayClient.Response response, int code, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("status", Map.of("count", 0, "successCount", 0, "warnings", List.of(),
                "warningsAsStatusCode", List.of(), "message", message, "code", code, "success", false,
                "statusCode", Map.of("status", false, "message", message, "code", code))));
    }

    private static List<Object> errorCodes(Object item) {
        return errorField(item, "code");
    }

    private static List<Object> errorMessages(Object item) {
        return errorField(item, "message");
    }

    private static List<Object> errorField(Object item, String name) {
        return ((List<?>) ((Map<?, ?>) item).get("errors")).stream().<Object>map(error -> ((Map<?, ?>) error).get(name)).toList();
    }
}
