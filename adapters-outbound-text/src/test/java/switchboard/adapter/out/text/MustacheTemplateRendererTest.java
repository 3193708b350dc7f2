package switchboard.adapter.out.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MustacheTemplateRendererTest {

    private final MustacheTemplateRenderer renderer = new MustacheTemplateRenderer();

    @Test
    void fillsFieldsFromTheData() {
        assertThat(renderer.compile("Hi {{first_name}}, you have {{points}} points{{#vip}} (VIP){{/vip}}.", false)
                .render(Map.of("first_name", "Nick", "points", new BigDecimal("1E+3"), "vip", true)))
                .isEqualTo("Hi Nick, you have 1000 points (VIP).");
    }

    @Test
    void escapesFieldValuesInHtmlOnly() {
        Map<String, Object> data = Map.of("name", "<b>Tom & \"Jerry\"</b>");

        assertThat(renderer.compile("<p>{{name}}</p>", true).render(data))
                .isEqualTo("<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</p>");
        assertThat(renderer.compile("{{name}}", false).render(data)).isEqualTo("<b>Tom & \"Jerry\"</b>");
    }

    @Test
    void leavesMissingFieldsEmptyAndReadsNestedData() {
        assertThat(renderer.compile("[{{missing}}][{{address.city}}][{{#tags}}{{.}};{{/tags}}]", false)
                .render(Map.of("address", Map.of("city", "Cape Town"), "tags", List.of("a", "b"))))
                .isEqualTo("[][Cape Town][a;b;]");
    }

    @Test
    void namesTheFieldsATemplateReads() {
        assertThat(renderer.compile("{{a}} {{b.c}} {{#d}}{{.}}{{/d}}{{^e}}none{{/e}}{{! comment }}", false).fields())
                .containsExactly("a", "b", "d", "e");
        assertThat(renderer.compile("No fields at all {{! but a comment }}", false).fields()).isEmpty();
    }

    @Test
    void runsNoJavaMethodsThroughTheData() {
        assertThat(renderer.compile("[{{name.class}}][{{name.length}}][{{name.bytes}}]", false).render(Map.of("name", "Nick")))
                .isEqualTo("[][][]");
    }

    @Test
    void refusesMalformedTemplatesAndPartials() {
        assertThatThrownBy(() -> renderer.compile("Hi {{first_name", false)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("the template is not well formed");
        assertThatThrownBy(() -> renderer.compile("{{#a}}open", false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> renderer.compile("Hi {{> /etc/passwd}}", false)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("partials");
    }
}
