package switchboard.adapter.out.text;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.application.template.port.TemplateRenderer;
import switchboard.domain.InvalidValueException;

/**
 * Mustache through JMustache. Logic-less by design, and closed further here: values are read
 * from maps and lists only, never by reflection (so no {@code {{name.class}}} reaches a Java
 * method), and partials, which would read other files, are refused. A missing field is empty,
 * and numbers are written as plain decimals ({@code 1000}, never {@code 1E+3}).
 */
@Singleton
public class MustacheTemplateRenderer implements TemplateRenderer {

    /** Names Mustache gives to the current item and to its place in a list: not fields of the data. */
    private static final Set<String> CONTEXT_NAMES = Set.of(".", "this", "-first", "-last", "-index");

    private final Mustache.Compiler html = compiler(true);
    private final Mustache.Compiler text = compiler(false);

    private static Mustache.Compiler compiler(boolean escapeHtml) {
        return Mustache.compiler().escapeHTML(escapeHtml).defaultValue("").withCollector(new DataOnlyCollector())
                .withFormatter(value -> value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value));
    }

    @Override
    public Compiled compile(String source, boolean escapeHtml) {
        Template template;
        try {
            template = (escapeHtml ? html : text).compile(source);
        } catch (MustacheException e) {
            throw new InvalidValueException("the template is not well formed: " + e.getMessage());
        }
        FieldCollector fields = new FieldCollector();
        template.visit(fields);
        if (fields.unclosedTag) {
            throw new InvalidValueException("the template is not well formed: a {{ tag is not closed");
        }
        if (fields.partial != null) {
            throw new InvalidValueException("the template includes '" + fields.partial + "': partials are not supported");
        }
        return new Compiled() {
            @Override
            public Set<String> fields() {
                return fields.names;
            }

            @Override
            public String render(Map<String, Object> data) {
                try {
                    return template.execute(data);
                } catch (MustacheException e) {
                    throw new InvalidValueException("the template could not be filled: " + e.getMessage());
                }
            }
        };
    }

    /**
     * Every field name a template reads, by its first segment ({@code a} for {@code a.b}), any
     * partial it includes, and whether a tag was left open: JMustache keeps an unclosed tag ("Hi {{name")
     * as text, which would reach every recipient as it is.
     */
    private static final class FieldCollector implements Mustache.Visitor {
        private final Set<String> names = new TreeSet<>();
        private String partial;
        private boolean unclosedTag;

        @Override
        public void visitText(String text) {
            unclosedTag |= text.contains("{{");
        }

        @Override
        public void visitVariable(String name) {
            add(name);
        }

        @Override
        public boolean visitInclude(String name) {
            partial = name;
            return false;
        }

        @Override
        public boolean visitParent(String name) {
            partial = name;
            return false;
        }

        @Override
        public boolean visitSection(String name) {
            add(name);
            return true;
        }

        @Override
        public boolean visitInvertedSection(String name) {
            add(name);
            return true;
        }

        private void add(String name) {
            if (!CONTEXT_NAMES.contains(name)) {
                names.add(name.split("\\.", 2)[0]);
            }
        }
    }

    /** Reads maps, lists and arrays, and nothing through reflection. */
    private static final class DataOnlyCollector extends BasicCollector {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
