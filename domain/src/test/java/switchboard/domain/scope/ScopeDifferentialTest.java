package switchboard.domain.scope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import switchboard.domain.contact.ContactData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matcher against Sift itself: {@link ScopeGenerator} makes random queries over
 * random documents, {@code test-tools/sift-oracle.js} evaluates them with sift 17.1.4 under
 * Node (installed by {@code npm ci} in {@code domain/test-tools}), and every answer must agree.
 *
 * <ul>
 *   <li>A query Sift refuses (it throws building it, or testing any document) is refused here;
 *       a query Sift accepts is accepted.</li>
 *   <li>Where plain Sift and Sift with Fliplet's loose comparisons agree, the gateway selects
 *       what Sift selects. Where they differ (a number against its text, an ordering over
 *       texts), the gateway selects what the loose comparisons select.</li>
 * </ul>
 * {@code -Dscope.differential.seed} and {@code -Dscope.differential.queries} explore further.
 */
class ScopeDifferentialTest {

    private static final System.Logger LOG = System.getLogger(ScopeDifferentialTest.class.getName());
    private static final Path TOOLS = Path.of("test-tools");
    private static final int DOCUMENTS_PER_QUERY = 8;
    private static final int SHOWN = 15;

    @Test
    void selectsWhatSiftSelects(@TempDir Path work) throws Exception {
        long seed = Long.getLong("scope.differential.seed", 16L);
        int count = Integer.getInteger("scope.differential.queries", 10_000);
        ScopeGenerator generator = new ScopeGenerator(seed);
        List<Case> cases = new ArrayList<>();
        Path input = work.resolve("cases.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                List<Map<String, Object>> documents = generator.documents(DOCUMENTS_PER_QUERY);
                Map<String, Object> query = generator.query();
                cases.add(new Case(query, documents));
                out.write("{\"query\":" + json(query) + ",\"documents\":" + json(documents) + "}\n");
            }
        }
        List<String> answers = sift(input);
        assertThat(answers).hasSize(count);

        Tally tally = new Tally();
        for (int i = 0; i < count; i++) {
            String[] both = answers.get(i).split(" ");
            tally.compare(cases.get(i), both[0], both[1], gateway(cases.get(i)));
        }
        LOG.log(System.Logger.Level.INFO, String.format("scope differential (seed %d): %d queries, %d refused by both; "
                        + "%d evaluations agree with sift, %d with Fliplet's loose comparisons where they differ from sift's "
                        + "(%d selected in all)", seed, count, tally.refused, tally.strict, tally.loose, tally.selected));
        assertThat(tally.differences).as("differences from sift, of %d, first %d shown", tally.differenceCount, SHOWN).isEmpty();
        assertThat(tally.refused).as("queries refused by both").isBetween(count / 50, count / 5);
        assertThat(tally.selected).as("documents selected").isGreaterThan((tally.strict + tally.loose) / 20);
        assertThat(tally.loose).as("evaluations decided by the loose comparisons").isPositive();
    }

    /** The gateway's answer in the oracle's alphabet: R, or 1/0/E per document. */
    private static String gateway(Case c) {
        Scope scope;
        try {
            scope = Scope.parse(c.query());
        } catch (InvalidScopeException refused) {
            return "R";
        }
        StringBuilder answers = new StringBuilder();
        for (ContactData document : c.documents().stream().map(ContactData::of).toList()) {
            try {
                answers.append(scope.matches(document) ? '1' : '0');
            } catch (InvalidScopeException stopped) {
                answers.append('E');
            }
        }
        return answers.toString();
    }

    private static List<String> sift(Path input) throws IOException, InterruptedException {
        assertThat(TOOLS.resolve("node_modules/sift/package.json"))
                .as("sift is not installed: run `npm ci --prefix domain/test-tools` (as .ci/run does)").exists();
        Process node = new ProcessBuilder("node", "sift-oracle.js").directory(TOOLS.toFile())
                .redirectInput(input.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finishes").isTrue();
        assertThat(node.exitValue()).as("node's exit code").isZero();
        return lines;
    }

    private record Case(Map<String, Object> query, List<Map<String, Object>> documents) {
    }

    private static final class Tally {
        final List<String> differences = new ArrayList<>();
        int differenceCount;
        int refused;
        int strict;
        int loose;
        int selected;

        void compare(Case c, String sift, String fliplet, String gateway) {
            if (sift.equals("R") || sift.contains("E")) {
                if (gateway.equals("R")) {
                    refused++;
                } else {
                    differ(c, -1, "sift refuses (" + sift + "), the gateway answers " + gateway);
                }
                return;
            }
            if (gateway.equals("R")) {
                differ(c, -1, "the gateway refuses (" + refusal(c) + "), sift answers " + sift);
                return;
            }
            for (int i = 0; i < sift.length(); i++) {
                boolean looseCase = sift.charAt(i) != fliplet.charAt(i);
                char expected = looseCase ? fliplet.charAt(i) : sift.charAt(i);
                if (gateway.charAt(i) != expected) {
                    differ(c, i, "expected " + expected + (looseCase ? " (loose; sift says " + sift.charAt(i) + ")" : "")
                            + ", the gateway answers " + gateway.charAt(i));
                } else if (looseCase) {
                    loose++;
                } else {
                    strict++;
                }
                selected += expected == '1' ? 1 : 0;
            }
        }

        private void differ(Case c, int document, String what) {
            differenceCount++;
            if (differences.size() < SHOWN) {
                differences.add(json(c.query()) + (document < 0 ? "" : " on " + json(c.documents().get(document))) + ": " + what);
            }
        }

        private static String refusal(Case c) {
            try {
                Scope.parse(c.query());
                return "?";
            } catch (InvalidScopeException refused) {
                return refused.getMessage();
            }
        }
    }

    /** JSON text of generated values; every character beyond ASCII escaped. */
    static String json(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return String.valueOf(value);
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(ScopeDifferentialTest::json).toList()) + "]";
        }
        Map<?, ?> map = (Map<?, ?>) value;
        return "{" + String.join(",", map.entrySet().stream().map(entry -> json(entry.getKey()) + ":" + json(entry.getValue())).toList()) + "}";
    }
}
