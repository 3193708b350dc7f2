package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.domain.tenant.TenantId;

/**
 * One counter name's counters, one per combination of label values (one to three, and the
 * tenant), made on first use and kept: counting looks its counter up in a map instead of building
 * tags and asking the registry each time. The tenant is a label only when the operator turned it
 * on, since each tenant multiplies the series.
 */
final class Counters {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final List<String> labels;
    private final boolean tenantLabel;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    Counters(MeterRegistry registry, String name, String description, boolean tenantLabel, String... labels) {
        if (labels.length < 1 || labels.length > 3) {
            throw new IllegalArgumentException("one to three labels, not " + labels.length);
        }
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.labels = List.of(labels);
        this.tenantLabel = tenantLabel;
    }

    void increment(TenantId tenant, String first) {
        increment(tenant, 1, first, null, null);
    }

    void increment(TenantId tenant, String first, String second, String third) {
        increment(tenant, 1, first, second, third);
    }

    /** Adds {@code amount} to the counter of these label values, in the order of the labels; unused ones are null. */
    void increment(TenantId tenant, double amount, String first, String second, String third) {
        Key key = new Key(tenantLabel ? tenant.value() : null, first, second, third);
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = counters.computeIfAbsent(key, this::register);
        }
        counter.increment(amount);
    }

    private Counter register(Key key) {
        List<String> values = Arrays.asList(key.first(), key.second(), key.third());
        Counter.Builder builder = Counter.builder(name).description(description);
        for (int i = 0; i < labels.size(); i++) {
            builder.tag(labels.get(i), values.get(i));
        }
        if (key.tenant() != null) {
            builder.tag(MeterNames.TENANT, key.tenant());
        }
        return builder.register(registry);
    }

    private record Key(String tenant, String first, String second, String third) {
    }
}
