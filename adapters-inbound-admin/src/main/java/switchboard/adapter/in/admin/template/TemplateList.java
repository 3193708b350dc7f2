package switchboard.adapter.in.admin.template;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record TemplateList(List<TemplateView> templates) {
}
