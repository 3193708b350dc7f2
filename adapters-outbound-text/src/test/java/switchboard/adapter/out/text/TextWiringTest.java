package switchboard.adapter.out.text;

import io.micronaut.context.BeanContext;
import org.junit.jupiter.api.Test;

import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.sms.port.PhoneNumberCountries;
import switchboard.application.template.port.TemplateRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers and templates need no configuration: their beans are always there. */
class TextWiringTest {

    @Test
    void phoneNumbersAreReadAndTemplatesRenderedWithoutConfiguration() {
        try (BeanContext context = BeanContext.run()) {
            assertThat(context.getBean(PhoneNumberNormalizer.class)).isInstanceOf(LibPhoneNumberNormalizer.class);
            assertThat(context.getBean(PhoneNumberCountries.class)).isInstanceOf(LibPhoneNumberCountries.class);
            assertThat(context.getBean(TemplateRenderer.class)).isInstanceOf(MustacheTemplateRenderer.class);
        }
    }
}
