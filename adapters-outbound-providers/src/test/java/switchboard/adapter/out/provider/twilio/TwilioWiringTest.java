package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import switchboard.application.delivery.port.ReportVerifier;
import switchboard.application.dispatch.port.SmsSender;
import switchboard.application.dispatch.port.WhatsAppSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_TOKEN;

/** The beans Micronaut builds from {@code switchboard.twilio.*}. */
class TwilioWiringTest {

    @Test
    void withoutTwilioEnabledThereAreNoTwilioBeans() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("switchboard.twilio.account-sid", GATEWAY_SID)).start()) {
            assertThat(context.findBean(SmsSender.class)).isEmpty();
            assertThat(context.findBean(WhatsAppSender.class)).isEmpty();
            assertThat(context.findBean(ReportVerifier.class)).isEmpty();
        }
    }

    @Test
    void enabledItSendsSmsAndWhatsAppAndChecksCallbacksWithTheConfiguredAccount() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "switchboard.twilio.enabled", "true",
                "switchboard.twilio.account-sid", GATEWAY_SID,
                "switchboard.twilio.auth-token", GATEWAY_TOKEN,
                "switchboard.twilio.from", "+14155550199",
                "switchboard.twilio.read-timeout", "3s")).start()) {

            assertThat(context.getBean(SmsSender.class)).isInstanceOf(TwilioSmsSender.class);
            assertThat(context.getBean(SmsSender.class).hasGatewayAccount()).isTrue();
            assertThat(context.getBean(WhatsAppSender.class)).isInstanceOf(TwilioWhatsAppSender.class);
            assertThat(context.getBean(WhatsAppSender.class).hasGatewayAccount()).as("no WhatsApp number").isFalse();
            assertThat(context.getBean(ReportVerifier.class)).isInstanceOf(TwilioReportVerifier.class);
            TwilioConfiguration configuration = context.getBean(TwilioConfiguration.class);
            assertThat(configuration.baseUrl()).isEqualTo("https://api.twilio.com");
            assertThat(configuration.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(configuration.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void enabledWithoutAnAccountOnlyTenantsAndCallersAccountsSend() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.twilio.enabled", "true"))) {
            assertThat(context.getBean(SmsSender.class).hasGatewayAccount()).isFalse();
        }
    }

    @Test
    void aMalformedAccountStopsTheGatewayFromStarting() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.twilio.enabled", "true",
                "switchboard.twilio.account-sid", GATEWAY_SID))) {
            assertThatThrownBy(() -> context.getBean(SmsSender.class)).isInstanceOf(BeanInstantiationException.class)
                    .hasStackTraceContaining("switchboard.twilio.account-sid and switchboard.twilio.auth-token go together");
        }
    }
}
