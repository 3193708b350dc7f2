package switchboard.adapter.in.admin.delivery;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record SuppressionList(List<SuppressionView> suppressions, int offset, int limit) {
}
