package switchboard.adapter.out.provider.zalo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import switchboard.application.dispatch.port.ChatNotificationSender;
import switchboard.application.memory.InMemoryProviderTokenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Zalo sender is a bean only when enabled, with the gateway's account from the configuration and a token store. */
class ZaloWiringTest {

    private static final Map<String, Object> GATEWAY_ACCOUNT = Map.of("switchboard.zalo.enabled", "true",
            "switchboard.zalo.app-id", "1234", "switchboard.zalo.template-id", "231677",
            "switchboard.zalo.secret-key", "app-secret", "switchboard.zalo.refresh-token", "refresh-0",
            "switchboard.zalo.access-token", "", "switchboard.zalo.template-param", "",
            "switchboard.zalo.connect-timeout", "2s");

    @Test
    void withoutZaloEnabledThereIsNoChatNotificationSender() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.zalo.app-id", "1234"))) {
            assertThat(context.findBean(ChatNotificationSender.class)).isEmpty();
        }
    }

    @Test
    void enabledItHasTheConfiguredGatewayAccount() {
        try (ApplicationContext context = ApplicationContext.builder().properties(GATEWAY_ACCOUNT)
                .singletons(new InMemoryProviderTokenStore()).start()) {
            ChatNotificationSender sender = context.getBean(ChatNotificationSender.class);

            assertThat(sender).isInstanceOf(ZaloChatNotificationSender.class);
            assertThat(sender.hasGatewayAccount()).isTrue();
            assertThat(context.getBean(ZaloConfiguration.class).getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("switchboard.zalo.enabled", "true",
                "switchboard.zalo.app-id", "", "switchboard.zalo.refresh-token", ""))
                .singletons(new InMemoryProviderTokenStore()).start()) {
            assertThat(context.getBean(ChatNotificationSender.class).hasGatewayAccount()).isFalse();
        }
    }

    @Test
    void aGatewayAccountMissingFieldsStopsTheStart() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("switchboard.zalo.enabled", "true",
                "switchboard.zalo.app-id", "1234")).singletons(new InMemoryProviderTokenStore()).start()) {
            assertThatThrownBy(() -> context.getBean(ChatNotificationSender.class))
                    .isInstanceOf(BeanInstantiationException.class)
                    .hasMessageContaining("switchboard.zalo: the Zalo account lacks templateId, secretKey, refreshToken");
        }
    }

    @Test
    void itCannotRunWithoutATokenStore() {
        try (ApplicationContext context = ApplicationContext.run(GATEWAY_ACCOUNT)) {
            assertThatThrownBy(() -> context.getBean(ChatNotificationSender.class))
                    .isInstanceOf(DependencyInjectionException.class).hasMessageContaining("ProviderTokenStore");
        }
    }
}
