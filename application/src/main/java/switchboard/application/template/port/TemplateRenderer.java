package switchboard.application.template.port;

import java.util.Map;
import java.util.Set;

/**
 * A logic-less template engine: templates hold fields such as {@code {{first_name}}} and
 * sections over them, and filling one runs no code of the template's author.
 */
public interface TemplateRenderer {

    /**
     * Reads a template once, to fill it for many recipients.
     *
     * @param escapeHtml whether field values are escaped for HTML (for HTML bodies) or put in as
     *                   they are (for text bodies and subjects)
     * @throws switchboard.domain.InvalidValueException if the text is not a template this engine
     *                                                  fills: unbalanced tags, or partials, which
     *                                                  would pull in other files
     */
    Compiled compile(String text, boolean escapeHtml);

    /** A template ready to fill. */
    interface Compiled {

        /** The top-level names of the fields the template reads; empty for a text without fields. */
        Set<String> fields();

        /**
         * The template filled from a JSON-like object (strings, numbers, booleans, lists, maps);
         * a missing field is left empty.
         */
        String render(Map<String, Object> data);
    }
}
