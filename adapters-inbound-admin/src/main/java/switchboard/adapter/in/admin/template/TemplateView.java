package switchboard.adapter.in.admin.template;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record TemplateView(String id, String name, String subject, String html, String text) {
}
