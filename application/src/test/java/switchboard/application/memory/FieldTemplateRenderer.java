package switchboard.application.memory;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.application.template.port.TemplateRenderer;
import switchboard.domain.InvalidValueException;

/**
 * A stand-in for the Mustache engine that knows plain {@code {{field}}} tags and
 * {@code {{! comments }}} only: enough for the services' logic, which is the same whatever the engine.
 */
public final class FieldTemplateRenderer implements TemplateRenderer {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Pattern COMMENT = Pattern.compile("\\{\\{!.*?}}");

    @Override
    public Compiled compile(String template, boolean escapeHtml) {
        String text = COMMENT.matcher(template).replaceAll("");
        if (FIELD.matcher(text).replaceAll("").contains("{{")) {
            throw new InvalidValueException("unbalanced tag in '" + text + "'");
        }
        Set<String> fields = new LinkedHashSet<>();
        FIELD.matcher(text).results().forEach(match -> fields.add(match.group(1)));
        return new Compiled() {
            @Override
            public Set<String> fields() {
                return fields;
            }

            @Override
            public String render(Map<String, Object> data) {
                return FIELD.matcher(text).replaceAll(match -> {
                    String value = String.valueOf(data.getOrDefault(match.group(1), ""));
                    return Matcher.quoteReplacement(escapeHtml ? value.replace("&", "&amp;").replace("<", "&lt;") : value);
                });
            }
        };
    }
}
