package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.telemetry.NoTracing;
import switchboard.adapter.out.telemetry.OpenTelemetryTracing;
import switchboard.adapter.out.telemetry.Slf4jDeliveryLog;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.application.telemetry.port.Tracing;

/**
 * Traces and the delivery log. The OpenTelemetry SDK exists only with {@code switchboard.tracing.enabled}:
 * without it no span is made, no request filtered for one, and nothing kept with the deliveries.
 */
@Factory
public class TelemetryFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryFactory.class);

    /**
     * The SDK as the standard {@code OTEL_*} environment variables (or {@code otel.*} system properties) set it up:
     * OTLP to {@code OTEL_EXPORTER_OTLP_ENDPOINT} by default. Only traces: metrics and logs have their own ways out.
     */
    @Singleton
    @Requires(property = "switchboard.tracing.enabled", value = "true")
    @Bean(preDestroy = "close")
    OpenTelemetrySdk openTelemetry() {
        return AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> Map.of("otel.service.name", "switchboard", "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none"))
                .disableShutdownHook()
                .build().getOpenTelemetrySdk();
    }

    @Singleton
    Tracing tracing(Optional<OpenTelemetry> openTelemetry) {
        if (openTelemetry.isEmpty()) {
            return new NoTracing();
        }
        LOG.info("Tracing is on: spans go where the OTEL_* settings say (OTLP to {} unless set otherwise)",
                System.getenv().getOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318"));
        return new OpenTelemetryTracing(openTelemetry.get());
    }

    @Singleton
    DeliveryLog deliveryLog() {
        return new Slf4jDeliveryLog();
    }
}
