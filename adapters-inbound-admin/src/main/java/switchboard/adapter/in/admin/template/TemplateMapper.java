package switchboard.adapter.in.admin.template;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface TemplateMapper {

    default Template template(TenantId tenantId, TemplateId id, TemplateBody body) {
        return new Template(id, tenantId, body.name(), new Content(body.subject(), body.text(), body.html()));
    }

    default TemplateView view(Template template) {
        Content content = template.content();
        return new TemplateView(template.id().value(), template.name(), content.subject(), content.html(), content.text());
    }
}
