package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of docs/*.md and docs/providers/*.md runs as written against a fresh gateway:
 * each fenced {@code sh} block that calls curl is run by bash, in the order of its file, with
 * {@code localhost:8080} standing for this gateway's address and {@code TOKEN} holding the
 * platform admin's token (as the README's walk-through leaves it), and every curl in it must be
 * answered with a 2xx or 3xx status. A command that cannot run as written (it needs an id from
 * earlier output the reader fills in) is shown outside such blocks.
 */
@MicronautTest(transactional = false)
class DocsExamplesTest extends GatewayTest {

    private static final Pattern SH_BLOCK = Pattern.compile("(?m)^ *```sh\\n(.*?)^ *```", Pattern.DOTALL);
    private static final Pattern CURL = Pattern.compile("(?<![\\w-])curl\\s");
    /** curl, answering with its body as usual, and writing the status of each call to a file of the test's. */
    private static final String PRELUDE = """
            set -eu -o pipefail
            curl() {
              local body status
              body=$(mktemp)
              status=0
              command curl --silent --show-error "$@" --output "$body" --write-out '%{http_code}\\n' \\
                >> "$SWITCHBOARD_DOCS_STATUSES" || status=$?
              cat "$body"
              rm -f "$body"
              return $status
            }
            """;

    Stream<Arguments> examples() throws IOException {
        Path docs = locateDocs();
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(docs, docs.resolve("providers"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        List<Arguments> examples = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher block = SH_BLOCK.matcher(text);
            while (block.find()) {
                if (CURL.matcher(block.group(1)).find()) {
                    long line = text.substring(0, block.start()).chars().filter(c -> c == '\n').count() + 1;
                    examples.add(Arguments.of(docs.getParent().relativize(file) + ":" + line, block.group(1)));
                }
            }
        }
        assertThat(examples).as("examples found in %s", docs).isNotEmpty();
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runsAsWrittenAndEveryCallSucceeds(String where, String example) throws Exception {
        Path statuses = Files.createTempFile("docs-statuses", ".txt");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", PRELUDE + example.replace("localhost:8080",
                "127.0.0.1:" + server.getPort())).redirectErrorStream(true);
        bash.environment().put("TOKEN", platformAdminToken());
        bash.environment().put("SWITCHBOARD_DOCS_STATUSES", statuses.toString());
        Process run = bash.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("%s finished", where).isTrue();

        List<String> answered = Files.readAllLines(statuses);
        assertThat(run.exitValue()).as("%s exits 0 (bash and curl are needed); it wrote:%n%s", where, output).isZero();
        assertThat(answered).as("the status of every curl of %s; it wrote:%n%s", where, output)
                .hasSize(calls(example)).allSatisfy(status -> assertThat(Integer.parseInt(status)).isBetween(200, 399));
    }

    /** The curl commands of the example, comments left out. */
    private static int calls(String example) {
        return example.lines().filter(line -> !line.strip().startsWith("#"))
                .mapToInt(line -> (int) CURL.matcher(line).results().count()).sum();
    }

    private static Path locateDocs() {
        Path fromModule = Path.of("..", "docs");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("docs");
    }
}
