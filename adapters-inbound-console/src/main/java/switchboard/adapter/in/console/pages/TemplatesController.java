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
import switchboard.application.template.DeleteTemplateUseCase;
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
 * The tenant's templates: listed, created, edited, previewed as a send fills them for a chosen
 * contact (the same renderer, over the contact's data), and deleted after a confirmation.
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
    private final DeleteTemplateUseCase deleteTemplate;

    public TemplatesController(ListTemplatesUseCase listTemplates, GetTemplateUseCase getTemplate,
                               SaveTemplateUseCase saveTemplate, PreviewTemplateUseCase previewTemplate,
                               DeleteTemplateUseCase deleteTemplate) {
        this.listTemplates = listTemplates;
        this.getTemplate = getTemplate;
        this.saveTemplate = saveTemplate;
        this.previewTemplate = previewTemplate;
        this.deleteTemplate = deleteTemplate;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String deleted, Operator operator) {
        return page("templates", templatesPage(operator, tenant, Fields.NEW, "", deleted == null ? "" : deleted));
    }

    /** A new template, refused if one has its id already: the editor replaces templates, creating never does. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(String tenant, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Fields typed = Fields.typed(form.getOrDefault("id", "").strip(), form);
        try {
            TemplateId id = new TemplateId(typed.id());
            if (exists(tenantId, id)) {
                String taken = "A template with the id '" + id.value() + "' exists already: open it to edit it.";
                return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("templates", Map.of("page",
                        templatesPage(operator, tenant, typed, taken, ""))));
            }
            saveTemplate.save(typed.template(tenantId));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("templates", Map.of("page",
                    templatesPage(operator, tenant, typed, invalid.getMessage(), ""))));
        }
        return redirect(Paths.tenant(tenant) + "/templates/" + Paths.encode(typed.id()) + "?saved=yes");
    }

    /** The editor; with {@code contact}, the saved template filled from that contact's data. */
    @Get("/{id}")
    public HttpResponse<?> edit(String tenant, String id, @Nullable @QueryValue String contact,
                                @Nullable @QueryValue String saved, Operator operator) {
        TenantId tenantId = operator.mayActOn(tenant);
        Template template = getTemplate.get(tenantId, new TemplateId(id));
        Preview preview = contact == null || contact.isBlank() ? Preview.NONE : preview(tenantId, template, contact.strip());
        return page("template", new TemplatePage(chrome(operator, tenant, "Template " + id), Fields.of(template),
                saved != null, "", preview));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        Fields typed = Fields.typed(id, form);
        try {
            saveTemplate.save(typed.template(tenantId));
        } catch (InvalidValueException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("template", Map.of("page",
                    new TemplatePage(chrome(operator, tenant, "Template " + id), typed, false, invalid.getMessage(), Preview.NONE))));
        }
        return redirect(Paths.tenant(tenant) + "/templates/" + Paths.encode(id) + "?saved=yes");
    }

    /** Deletes the template, as {@code DELETE .../templates/{id}} does: sends can no longer name it. */
    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        deleteTemplate.delete(operator.mayActOn(tenant), new TemplateId(id));
        return redirect(Paths.tenant(tenant) + "/templates?deleted=" + Paths.encode(id));
    }

    private TemplatesPage templatesPage(Operator operator, String tenant, Fields typed, String error, String deleted) {
        List<TemplateRow> rows = listTemplates.list(operator.mayActOn(tenant)).stream()
                .map(template -> new TemplateRow(template.id().value(), template.name(),
                        nullToEmpty(template.content().subject()), Paths.tenant(tenant) + "/templates/" + Paths.encode(template.id().value())))
                .toList();
        return new TemplatesPage(chrome(operator, tenant, "Templates"), rows, typed, error, deleted);
    }

    private boolean exists(TenantId tenantId, TemplateId id) {
        try {
            getTemplate.get(tenantId, id);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
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

    /** The list, and the new template's form: empty, or as typed when creating it was refused. */
    public record TemplatesPage(Chrome chrome, List<TemplateRow> rows, Fields typed, String error, String deleted) {

        public String createHref() {
            return chrome.href(Chrome.Section.TEMPLATES);
        }
    }

    /** What the editor's fields hold: the saved template, or what was typed when saving it was refused. */
    public record Fields(String id, String name, String subject, String text, String html) {

        static final Fields NEW = new Fields("", "", "", "", "");

        static Fields typed(String id, Map<String, String> form) {
            return new Fields(id, form.getOrDefault("name", ""), form.getOrDefault("subject", ""),
                    form.getOrDefault("text", ""), form.getOrDefault("html", ""));
        }

        static Fields of(Template template) {
            Content content = template.content();
            return new Fields(template.id().value(), template.name(), nullToEmpty(content.subject()),
                    nullToEmpty(content.text()), nullToEmpty(content.html()));
        }

        Template template(TenantId tenantId) {
            return new Template(new TemplateId(id), tenantId, name, new Content(emptyToNull(subject), emptyToNull(text),
                    emptyToNull(html)));
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
