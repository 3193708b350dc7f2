package switchboard.adapter.out.provider.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain-text part of an email that came with HTML only: its text as a reader sees it, a
 * line per block and per {@code <br>}, a list item after a dash, a link's address after its
 * text; scripts, styles and the head left out. Parsed with jsoup, which reads HTML as browsers do.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "template");
    private static final Pattern SPACE_BEFORE_LINE_BREAK = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                    skipping++;
                } else if (skipping > 0) {
                    return;
                } else if (node instanceof TextNode textNode) {
                    appendWords(text, textNode.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else if (element.isBlock()) {
                        newLine(text);
                        if (element.normalName().equals("li")) {
                            text.append("- ");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                    skipping--;
                } else if (skipping == 0 && node instanceof Element element) {
                    String href = element.normalName().equals("a") ? element.attr("href") : "";
                    if (!href.isBlank() && !href.startsWith("#") && !href.equals(element.text().strip())) {
                        text.append(" <").append(href.strip()).append('>');
                    }
                    if (element.isBlock()) {
                        newLine(text);
                    }
                }
            }
        }, Jsoup.parse(html));
        String lines = SPACE_BEFORE_LINE_BREAK.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    /** A text node's words, its runs of white space one space, as a browser shows them. */
    private static void appendWords(StringBuilder text, String words) {
        String collapsed = WHITE_SPACE.matcher(words).replaceAll(" ");
        if (collapsed.startsWith(" ") && (text.length() == 0 || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            collapsed = collapsed.substring(1);
        }
        text.append(collapsed);
    }

    private static void newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
