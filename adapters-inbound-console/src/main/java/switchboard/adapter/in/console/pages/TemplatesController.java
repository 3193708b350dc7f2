package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.List;
import java.util.Map;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.shared.NotFoundException;
import switchboard.application.template.GetTemplateUseCase;
import switchboard.application.template.ListTemplatesUseCase;
import switchboard.application.template.PreviewTemplateUseCase;
import switchboard.application.template.SaveTemplateUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.ContactId;
import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's templates: listed, edited, and previewed as a send fills them for a chosen contact
 * (the same renderer, over the contact's data).
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class TemplatesController extends ConsolePage {

    private final ListTemplatesUseCase listTemplates;
    private final GetTemplateUseCase getTemplate;
    private final SaveTemplateUseCase saveTemplate;
    private final PreviewTemplateUseCase previewTemplate;

    public TemplatesController(ListTemplatesUseCase listTemplates, GetTemplateUseCase getTemplate,
                               SaveTemplateUseCase saveTemplate, PreviewTemplateUseCase previewTemplate) {
        this.listTemplates = listTemplates;
        this.getTemplate = getTemplate;
        this.saveTemplate = saveTemplate;
        this.previewTemplate = previewTemplate;
    }

    @Get
    public HttpResponse<?> list(String tenant, Authentication session) {
        Operator operator = Operator.of(session);
        List<TemplateRow> rows = listTemplates.list(operator.mayActOn(tenant)).stream()
                .map(template -> new TemplateRow(template.id().value(), template.name(),
                        nullToEmpty(template.content().subject()), Paths.tenant(tenant) + "/templates/" + Paths.encode(template.id().value())))
                .toList();
        return page("templates", new TemplatesPage(chrome(operator, tenant, "Templates"), rows));
    }

    /** The editor; with {@code contact}, the saved template filled from that contact's data. */
    @Get("/{id}")
    public HttpResponse<?> edit(String tenant, String id, @Nullable @QueryValue String contact,
                                @Nullable @QueryValue String saved, Authentication session) {
        Operator operator = Operator.of(session);
        TenantId tenantId = operator.mayActOn(tenant);
        Template template = getTemplate.get(tenantId, new TemplateId(id));
        Preview preview = contact == null || contact.isBlank() ? Preview.NONE : preview(tenantId, template, contact.strip());
        return page("template", new TemplatePage(chrome(operator, tenant, "Template " + id), Fields.of(template),
                saved != null, "", preview));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(String tenant, String id, @Body Map<String, String> form, Authentication session) {
        Operator operator = Operator.of(session);
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Fields typed = new Fields(id, form.getOrDefault("name", ""), form.getOrDefault("subject", ""),
                form.getOrDefault("text", ""), form.getOrDefault("html", ""));
        try {
            saveTemplate.save(new Template(new TemplateId(id), tenantId, typed.name(),
                    new Content(emptyToNull(typed.subject()), emptyToNull(typed.text()), emptyToNull(typed.html()))));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("template", Map.of("page",
                    new TemplatePage(chrome(operator, tenant, "Template " + id), typed, false, invalid.getMessage(), Preview.NONE))));
        }
        return redirect(Paths.tenant(tenant) + "/templates/" + Paths.encode(id) + "?saved=yes");
    }

    private Preview preview(TenantId tenantId, Template template, String contact) {
        try {
            Content filled = previewTemplate.preview(tenantId, template.id(), new ContactId(contact));
            return new Preview(contact, "", nullToEmpty(filled.subject()), nullToEmpty(filled.text()), nullToEmpty(filled.html()));
        } catch (NotFoundException | InvalidValueException refused) {
            return new Preview(contact, refused.getMessage(), "", "", "");
        }
    }

    private static Chrome chrome(Operator operator, String tenant, String title) {
        return new Chrome(title, operator, tenant, Chrome.Section.TEMPLATES);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text.isBlank() ? null : text;
    }

    public record TemplateRow(String id, String name, String subject, String href) {
    }

    public record TemplatesPage(Chrome chrome, List<TemplateRow> rows) {
    }

    /** What the editor's fields hold: the saved template, or what was typed when saving it was refused. */
    public record Fields(String id, String name, String subject, String text, String html) {

        static Fields of(Template template) {
            Content content = template.content();
            return new Fields(template.id().value(), template.name(), nullToEmpty(content.subject()),
                    nullToEmpty(content.text()), nullToEmpty(content.html()));
        }
    }

    /** The template filled for a contact, or why it could not be. */
    public record Preview(String contact, String error, String subject, String text, String html) {

        static final Preview NONE = new Preview("", "", "", "", "");

        public boolean shown() {
            return !contact.isEmpty() && error.isEmpty();
        }
    }

    public record TemplatePage(Chrome chrome, Fields fields, boolean saved, String error, Preview preview) {

        public String href() {
            return Paths.tenant(chrome.tenant()) + "/templates/" + Paths.encode(fields.id());
        }
    }
}
