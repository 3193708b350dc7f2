package switchboard.application.template;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import switchboard.application.template.port.TemplateRenderer;
import switchboard.domain.message.Content;

/**
 * A content whose subject and bodies are templates, read once and filled per recipient. The
 * HTML body escapes field values; the subject and the text body take them as they are.
 */
public final class ContentTemplate {

    private final TemplateRenderer.Compiled subject;
    private final TemplateRenderer.Compiled text;
    private final TemplateRenderer.Compiled html;
    private final Set<String> fields = new TreeSet<>();

    private ContentTemplate(TemplateRenderer.Compiled subject, TemplateRenderer.Compiled text,
                            TemplateRenderer.Compiled html) {
        this.subject = subject;
        this.text = text;
        this.html = html;
        for (TemplateRenderer.Compiled part : new TemplateRenderer.Compiled[]{subject, text, html}) {
            if (part != null) {
                fields.addAll(part.fields());
            }
        }
    }

    /** @throws switchboard.domain.InvalidValueException if a part is not a well-formed template */
    public static ContentTemplate compile(Content content, TemplateRenderer renderer) {
        return new ContentTemplate(compile(renderer, content.subject(), false), compile(renderer, content.text(), false),
                compile(renderer, content.html(), true));
    }

    private static TemplateRenderer.Compiled compile(TemplateRenderer renderer, String part, boolean html) {
        return part == null ? null : renderer.compile(part, html);
    }

    /** The top-level names of the fields the parts read, in order. */
    public Set<String> fields() {
        return fields;
    }

    public boolean hasFields() {
        return !fields.isEmpty();
    }

    /**
     * The content filled from the data. A subject is one line: line breaks that a field brings
     * in become spaces, and it is cut to the longest subject allowed.
     */
    public Content render(Map<String, Object> data) {
        return new Content(subject == null ? null : oneLine(subject.render(data)), text == null ? null : text.render(data),
                html == null ? null : html.render(data));
    }

    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\r\n]+", " ");
        return line.length() <= Content.MAX_SUBJECT_LENGTH ? line : line.substring(0, Content.MAX_SUBJECT_LENGTH);
    }
}
