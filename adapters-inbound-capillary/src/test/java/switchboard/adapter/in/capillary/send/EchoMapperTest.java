package switchboard.adapter.in.capillary.send;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated echo of Capillary's items: absent text as empty strings, attachments without their data. */
class EchoMapperTest {

    private final EchoMapper echo = new EchoMapperImpl();

    @Test
    void anSmsIsEchoedWithItsAbsentFieldsEmpty() {
        assertThat(echo.sms(new SmsItem("+6591234567", "Hi", null, null))).isEqualTo(new SmsItem("+6591234567", "Hi", "", ""));
    }

    @Test
    void aTemplateMessageIsEchoedWithItsAbsentFieldsEmpty() {
        assertThat(echo.template(new TemplateMessageItem(null, "Hello", "+84912345678")))
                .isEqualTo(new TemplateMessageItem("", "Hello", "+84912345678"));
    }

    @Test
    void anEmailIsEchoedWithItsSenderAndItsAttachmentsWithoutTheirData() {
        EmailItem item = new EmailItem("ann@example.com", null, null, null, "Hello", "Body", null,
                new EmailItem.Attachments(List.of(new EmailAttachment("report.pdf", "pdf", "JVBERi0=", "base64"))), "Acme", null);

        assertThat(echo.email(item, "news@acme.example")).isEqualTo(new EmailEcho("ann@example.com", "Body", "", "", "", "",
                "Hello", List.of(), List.of(new EmailAttachment("report.pdf", "pdf", null, "base64")), "Acme",
                "news@acme.example", ""));
    }

    @Test
    void anEmailWithoutAttachmentsEchoesAnEmptyList() {
        EmailItem item = new EmailItem("ann@example.com", null, null, null, "Hello", "Body", null, null, null, null);

        assertThat(echo.email(item, "news@acme.example").attachments()).isEmpty();
        assertThat(echo.email(new EmailItem("ann@example.com", null, null, null, null, null, null,
                new EmailItem.Attachments(null), null, null), "news@acme.example").attachments()).isEmpty();
    }
}
