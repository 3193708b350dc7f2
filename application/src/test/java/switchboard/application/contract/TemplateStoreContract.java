package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class TemplateStoreContract extends StoreContract {

    @Test
    void savesATemplateAndFindsItWithEveryPart() {
        Template welcome = template(ACME, "template123", new Content("Hi {{first_name}}", "Hello {{first_name}}",
                "<p>Hello {{first_name}} \u20ac</p>"));

        assertThat(stores.templates().save(welcome)).as("created").isTrue();
        assertThat(stores.templates().find(ACME, new TemplateId("template123"))).contains(welcome);
        assertThat(stores.templates().find(ACME, new TemplateId("other"))).isEmpty();
    }

    @Test
    void savingUnderAnExistingIdReplacesTheTemplate() {
        stores.templates().save(template(ACME, "t", Content.text("Old", "old")));
        Template replacement = template(ACME, "t", Content.html(null, "<p>new</p>"));

        assertThat(stores.templates().save(replacement)).as("created").isFalse();
        assertThat(stores.templates().find(ACME, new TemplateId("t"))).contains(replacement);
        assertThat(stores.templates().list(ACME)).hasSize(1);
    }

    @Test
    void listsATenantsTemplatesById() {
        stores.templates().save(template(ACME, "b", Content.text(null, "b")));
        stores.templates().save(template(ACME, "a", Content.text(null, "a")));
        stores.templates().save(template(GLOBEX, "c", Content.text(null, "c")));

        assertThat(stores.templates().list(ACME)).extracting(template -> template.id().value()).containsExactly("a", "b");
    }

    @Test
    void tenantsNeverSeeOrRemoveEachOthersTemplates() {
        stores.templates().save(template(ACME, "shared", Content.text(null, "acme")));
        stores.templates().save(template(GLOBEX, "shared", Content.text(null, "globex")));

        assertThat(stores.templates().delete(GLOBEX, new TemplateId("shared"))).isTrue();
        assertThat(stores.templates().delete(GLOBEX, new TemplateId("shared"))).isFalse();
        assertThat(stores.templates().find(GLOBEX, new TemplateId("shared"))).isEmpty();
        assertThat(stores.templates().find(ACME, new TemplateId("shared")).orElseThrow().content().text()).isEqualTo("acme");
    }

    private static Template template(TenantId tenant, String id, Content content) {
        return new Template(new TemplateId(id), tenant, "Template " + id, content);
    }
}
