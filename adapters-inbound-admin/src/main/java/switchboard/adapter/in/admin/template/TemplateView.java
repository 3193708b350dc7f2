package switchboard.adapter.in.admin.template;

import io.micronaut.serde.annotation.Serdeable;

import switchboard.domain.message.Content;
import switchboard.domain.template.Template;

@Serdeable
public record TemplateView(String id, String name, String subject, String html, String text) {

    public static TemplateView of(Template template) {
        Content content = template.content();
        return new TemplateView(template.id().value(), template.name(), content.subject(), content.html(), content.text());
    }
}
