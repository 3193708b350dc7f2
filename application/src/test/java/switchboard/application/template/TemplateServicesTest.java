package switchboard.application.template;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import switchboard.application.memory.FieldTemplateRenderer;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateServicesTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final SaveTemplateService save = new SaveTemplateService(stores.tenants(), stores.templates(),
            new FieldTemplateRenderer());
    private final GetTemplateService get = new GetTemplateService(stores.tenants(), stores.templates());
    private final ListTemplatesService list = new ListTemplatesService(stores.tenants(), stores.templates());
    private final DeleteTemplateService delete = new DeleteTemplateService(stores.templates());

    TemplateServicesTest() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.now()));
    }

    @Test
    void createsReplacesReadsListsAndDeletes() {
        assertThat(save.save(template("t1", "Hello {{first_name}}"))).isTrue();
        assertThat(save.save(template("t1", "Hi {{first_name}}"))).isFalse();

        assertThat(get.get(ACME, new TemplateId("t1")).content().text()).isEqualTo("Hi {{first_name}}");
        assertThat(list.list(ACME)).hasSize(1);
        delete.delete(ACME, new TemplateId("t1"));
        assertThatThrownBy(() -> get.get(ACME, new TemplateId("t1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(ACME, new TemplateId("t1"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesATemplateThatCannotBeFilledAndAnUnknownTenant() {
        assertThatThrownBy(() -> save.save(template("t1", "Hello {{first_name"))).isInstanceOf(InvalidValueException.class);
        assertThat(list.list(ACME)).isEmpty();
        assertThatThrownBy(() -> save.save(new Template(new TemplateId("t"), new TenantId("nobody"), "T",
                Content.text(null, "x")))).isInstanceOf(NotFoundException.class);
    }

    private static Template template(String id, String text) {
        return new Template(new TemplateId(id), ACME, "Welcome", Content.text("Welcome", text));
    }
}
