package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import switchboard.application.dispatch.AccountSelector;
import switchboard.application.dispatch.ChannelSenders;
import switchboard.application.dispatch.DeliveryAttempts;
import switchboard.application.dispatch.DispatchSettings;
import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.dispatch.Senders;
import switchboard.application.dispatch.port.ChatNotificationSender;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.PushSender;
import switchboard.application.dispatch.port.SmsSender;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.application.dispatch.port.WhatsAppSender;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.application.telemetry.port.Tracing;
import switchboard.domain.delivery.RetryPolicy;

/** Builds this process's dispatch worker; {@link DispatchLifecycle} starts it and {@code GracefulShutdown} stops it. */
@Factory
public class DispatchFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    AccountSelector accountSelector(SecretSealer sealer, ProviderSettingsStore settings) {
        return new AccountSelector(sealer, settings);
    }

    /** The providers this gateway has: each is a bean only where its adapter is on the classpath and set up. */
    @Singleton
    Senders senders(Optional<EmailSender> email, Optional<SmsSender> sms, Optional<WhatsAppSender> whatsApp,
                    Optional<PushSender> push, Optional<ChatNotificationSender> zalo, Optional<WebhookSender> webhook) {
        return new Senders(email, sms, whatsApp, push, zalo, webhook);
    }

    @Singleton
    @Bean(preDestroy = "close")
    DispatchWorker dispatchWorker(DeliveryQueue queue, Senders senders, InboxStore inbox, AccountSelector accounts,
                                  SuppressionList suppressions, DispatchConfiguration configuration, Tracing tracing,
                                  DeliveryLog deliveryLog, Clock clock, DeliveryMeter meter,
                                  @Value("${switchboard.shutdown.grace}") Duration shutdownGrace) {
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("switchboard.shutdown.grace must not be negative, not " + shutdownGrace);
        }
        RetryPolicy retries = new RetryPolicy(configuration.getMaxAttempts(), configuration.getInitialBackoff(),
                configuration.getMaxBackoff());
        ChannelSenders channels = new ChannelSenders(senders, inbox, accounts, tracing, clock, meter);
        DeliveryAttempts attempts = new DeliveryAttempts(channels, suppressions, retries, tracing, clock,
                () -> ThreadLocalRandom.current().nextDouble(), meter);
        DispatchSettings settings = new DispatchSettings(workerId(), configuration.getConcurrency(),
                configuration.getExpressConcurrency(), configuration.getLease(), configuration.getIdlePoll(), shutdownGrace);
        return new DispatchWorker(queue, attempts, settings, deliveryLog, clock);
    }

    /** Host, process and a random part: unique among the processes sharing a database. */
    static String workerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String random = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 40 ? host.substring(0, 40) : host) + "/" + ManagementFactory.getRuntimeMXBean().getPid()
                + "/" + random;
    }
}
