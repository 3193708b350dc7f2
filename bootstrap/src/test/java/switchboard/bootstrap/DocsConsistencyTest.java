package switchboard.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the repository's documents say of each other: no document points at files outside the
 * repository (every relative link resolves to a file in it), and the two descriptions of
 * Twilio's status reports, docs/providers/twilio.md's table and docs/providers.md's summary, agree.
 */
class DocsConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final List<String> OUTSIDE = List.of("/work/", "../shared", "specs/");
    private static final Pattern TICKED = Pattern.compile("`([a-zA-Z]+)`");

    @Test
    void noDocumentPointsOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            OUTSIDE.stream().filter(text::contains)
                    .forEach(outside -> problems.add(ROOT.relativize(document) + " mentions " + outside));
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = document.getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    problems.add(ROOT.relativize(document) + " links to " + target + ", which is not in the repository");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTwilioPageAndTheProvidersPageAgreeOnWhatEachReportMakesOfADelivery() throws IOException {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String row : Files.readAllLines(ROOT.resolve("docs/providers/twilio.md"))) {
            String[] cells = row.split("\\|");
            if (cells.length > 2 && cells[1].contains("`") && cells[2].strip().startsWith("`")
                    && cells[2].strip().matches("`[A-Z]+`.*")) {
                String target = ticked(cells[2]).get(0);
                table.computeIfAbsent(target, key -> new TreeSet<>()).addAll(ticked(cells[1]));
            }
        }
        String providers = Files.readString(ROOT.resolve("docs/providers.md"));
        String summary = providers.substring(providers.indexOf("## Reports after the fact"));
        Map<String, Set<String>> described = new TreeMap<>();
        Matcher sentence = Pattern.compile("((?:`[a-z]+`(?:,\\s+|\\s+and\\s+)?)+)\\s+makes?\\s+it\\s+`([A-Z]+)`").matcher(summary);
        while (sentence.find()) {
            described.computeIfAbsent(sentence.group(2), key -> new TreeSet<>()).addAll(ticked(sentence.group(1)));
        }

        assertThat(table).containsOnlyKeys("SENT", "DELIVERED", "FAILED");
        assertThat(described).isEqualTo(table);
    }

    private static List<String> ticked(String text) {
        return TICKED.matcher(text).results().map(match -> match.group(1)).toList();
    }

    /** The README, every document under docs/, bench/ and deploy/. */
    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        for (String folder : List.of("docs", "bench", "deploy")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        return documents;
    }
}
