package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record CapturedList(List<CapturedView> captured, int offset, int limit) {
}
