package switchboard.adapter.in.admin.template;

import org.junit.jupiter.api.Test;

import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** A template goes in and comes out with its HTML and text bodies each in its own place. */
class TemplateBodyTest {

    @Test
    void theBodiesKeepTheirPlacesBothWays() {
        TemplateBody body = new TemplateBody("Welcome", "Hi {{first_name}}", "<p>Welcome</p>", "Welcome");

        Template template = body.template(new TenantId("acme"), new TemplateId("welcome"));

        assertThat(template).isEqualTo(new Template(new TemplateId("welcome"), new TenantId("acme"), "Welcome",
                new Content("Hi {{first_name}}", "Welcome", "<p>Welcome</p>")));
        assertThat(TemplateView.of(template)).isEqualTo(new TemplateView("welcome", "Welcome", "Hi {{first_name}}",
                "<p>Welcome</p>", "Welcome"));
    }
}
