package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Every example request of capillary-communications-v2.md, sent as it is written there (the
 * page's obfuscated "[email protected]" addresses replaced by real ones), answered with the
 * documented envelope. The documented answers echo items of other requests than the examples
 * (another {@code to}, other bodies and times, an org's sender label): the echo here is of the
 * request sent, with the fields and empty-string defaults the documented answers show.
 */
@MicronautTest(transactional = false)
class CapillaryExamplesTest extends CapillaryTest {

    private static final String SUCCESS_STATUS = """
            "status": {
                "count": %d,
                "statusCode": {"status": true, "message": "Success", "code": 200},
                "successCount": %d,
                "warnings": [],
                "warningsAsStatusCode": [],
                "message": "Success",
                "code": 200,
                "success": true
            }""";

    @Test
    void theSmsExampleSendsTwoTextsToTheNumberWithItsCountryCode() throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary SMS example");

        GatewayClient.Response response = tenant.send(this, "sms", """
                {
                    "root": {
                        "sms": [
                            {
                                "to": "919591471711",
                                "body": "747977-is the OTP for company X. Valid for 15 minutes. flob0a0BiPA",
                                "scheduledTime": "2024-02-22T00:25:06+05:30"
                            },
                            {
                                "to": "919591471711",
                                "body": "821341 is the OTP for company Y. Valid for 15 minutes. flob0a0BiPA",
                                "scheduledTime": "2024-02-22T09:25:06+05:30"
                            }
                        ]
                    }
                }""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("{" + SUCCESS_STATUS.formatted(2, 2) + """
                ,
                    "smsList": [
                        {
                            "sms": {
                                "to": "919591471711",
                                "body": "747977-is the OTP for company X. Valid for 15 minutes. flob0a0BiPA",
                                "scheduledTime": "2024-02-22T00:25:06+05:30",
                                "sender": ""
                            },
                            "errors": [],
                            "warnings": []
                        },
                        {
                            "sms": {
                                "to": "919591471711",
                                "body": "821341 is the OTP for company Y. Valid for 15 minutes. flob0a0BiPA",
                                "scheduledTime": "2024-02-22T09:25:06+05:30",
                                "sender": ""
                            },
                            "errors": [],
                            "warnings": []
                        }
                    ]
                }"""));
        waitFor(() -> captured(tenant, "sms").size() == 2);
        assertThat(captured(tenant, "sms")).extracting(field("to")).containsOnly("+919591471711");
        assertThat(captured(tenant, "sms")).extracting(field("body")).containsExactlyInAnyOrder(
                "747977-is the OTP for company X. Valid for 15 minutes. flob0a0BiPA",
                "821341 is the OTP for company Y. Valid for 15 minutes. flob0a0BiPA");
    }

    @Test
    void theEmailExampleSendsAnEmailWithoutABody() throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary email example");

        GatewayClient.Response response = tenant.send(this, "email", """
                {
                  "root": {
                    "email": [
                      {
                        "to": "customer@example.com",
                        "cc": "",
                        "bcc": "",
                        "from": "offers@brand.example",
                        "subject": "Testingemail",
                        "scheduledTime": "2024-02-22T00:25:06+05:30"
                      }
                    ]
                  }
                }""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("{" + SUCCESS_STATUS.formatted(1, 1) + """
                ,
                    "emails": [
                        {
                            "email": {
                                "to": "customer@example.com",
                                "body": "",
                                "scheduledTime": "2024-02-22T00:25:06+05:30",
                                "cc": "",
                                "bcc": "",
                                "from": "offers@brand.example",
                                "subject": "Testingemail",
                                "fileHandler": [],
                                "attachments": [],
                                "labelOfSender": "",
                                "senderEmail": "offers@brand.example",
                                "replyToEmail": ""
                            },
                            "errors": [],
                            "warnings": []
                        }
                    ]
                }"""));
        waitFor(() -> captured(tenant, "email").size() == 1);
        Map<?, ?> email = (Map<?, ?>) captured(tenant, "email").get(0);
        assertThat(email.get("to")).isEqualTo("customer@example.com");
        assertThat(email.get("subject")).isEqualTo("Testingemail");
    }

    @Test
    void theWhatsappExampleSendsTheTemplateText() throws Exception {
        assertTemplateExample("whatsapp", "whatsapp", "whatsappMessage", """
                {
                  "root": {
                    "whatsappMessage": [
                      {
                        "receiver": "919591471711",
                        "template": "747977 is the OTP for Go+. Valid for 15 minutes. f1obOaOBiPA",
                        "scheduledTime": "2024-02-22T00:25:06+05:30"
                      }
                    ]
                  }
                }""");
    }

    @Test
    void theZaloExampleSendsTheTemplateText() throws Exception {
        assertTemplateExample("zalo", "zalo", "zaloMessage", """
                {
                  "root": {
                    "zaloMessage": [
                      {
                        "receiver": "919591471711",
                        "template": "747977 is the OTP for Go+. Valid for 15 minutes. f1obOaOBiPA",
                        "scheduledTime": "2024-02-22T00:25:06+05:30"
                      }
                    ]
                  }
                }""");
    }

    /** WhatsApp and Zalo: the example's answer, and the template text captured for the receiver. */
    private void assertTemplateExample(String channel, String responseList, String requestList, String example)
            throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary " + channel + " example");

        GatewayClient.Response response = tenant.send(this, channel, example);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("{" + SUCCESS_STATUS.formatted(1, 1) + """
                ,
                    "%s": [
                        {
                            "%s": {
                                "scheduledTime": "2024-02-22T00:25:06+05:30",
                                "template": "747977 is the OTP for Go+. Valid for 15 minutes. f1obOaOBiPA",
                                "receiver": "919591471711"
                            },
                            "errors": [],
                            "warnings": []
                        }
                    ]
                }""".formatted(responseList, requestList)));
        waitFor(() -> captured(tenant, channel).size() == 1);
        Map<?, ?> delivery = (Map<?, ?>) captured(tenant, channel).get(0);
        assertThat(List.of(delivery.get("channel"), delivery.get("to"), delivery.get("body"))).containsExactly(
                channel.toUpperCase(Locale.ROOT), "+919591471711", "747977 is the OTP for Go+. Valid for 15 minutes. f1obOaOBiPA");
    }
}
