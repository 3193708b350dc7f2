package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import jakarta.inject.Singleton;

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
        return openTelemetry.<Tracing>map(OpenTelemetryTracing::new).orElseGet(NoTracing::new);
    }

    @Singleton
    DeliveryLog deliveryLog() {
        return new Slf4jDeliveryLog();
    }
}
