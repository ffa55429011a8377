package eu.dmhub;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker of a current release ({@code vnu.jar} from the npm package {@code vnu-jar},
 * which .ci/run installs into .ci/tools), run as a process over a batch of pages: one start of the
 * checker for many pages. Where the jar is missing the test is skipped on a developer machine and
 * fails on CI, as with {@link Browser}.
 */
public final class HtmlChecker {

    private static final Path JAR =
            Path.of(System.getProperty("dmhub.vnu-jar", ".ci/tools/node_modules/vnu-jar/build/dist/vnu.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Map<String, String> pages = new LinkedHashMap<>();

    private HtmlChecker() {}

    /** A checker, once the jar is there (see .ci/run: {@code npm install --prefix .ci/tools vnu-jar@…}). */
    public static HtmlChecker start() {
        boolean present = Files.isRegularFile(JAR);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs the Nu HTML Checker at " + JAR + " (see .ci/run)");
        }
        assumeTrue(present, "The Nu HTML Checker is not installed at " + JAR + ": run the npm line of .ci/run");
        return new HtmlChecker();
    }

    /** Notes a page to check, named for the report; {@link #errors()} checks every page noted since. */
    public void add(String name, String html) {
        pages.put(name, html);
    }

    /**
     * Checks every page noted since the last call in one run of the checker: its errors (not its
     * warnings), each naming the page, the line, the message and the source it points at.
     */
    public List<String> errors() {
        if (pages.isEmpty()) {
            return List.of();
        }
        try {
            Path folder = Files.createTempDirectory("dmhub-html");
            var names = new LinkedHashMap<String, String>();
            var command = new ArrayList<>(
                    List.of(JAVA.toString(), "-jar", JAR.toString(), "--errors-only", "--format", "json", "--stdout"));
            for (var page : pages.entrySet()) {
                Path file = folder.resolve("page-" + names.size() + ".html");
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                names.put(file.toUri().getPath(), page.getKey());
                command.add(file.toString());
            }
            pages.clear();
            return report(run(command), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process checker = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = checker.getInputStream().readAllBytes();
        try {
            if (!checker.waitFor(2, TimeUnit.MINUTES)) {
                checker.destroyForcibly();
                throw new IllegalStateException("The Nu HTML Checker did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> report(String json, Map<String, String> names) {
        JsonNode messages = JsonMapper.shared().readTree(json).path("messages");
        var errors = new ArrayList<String>();
        for (JsonNode message : messages) {
            String file = message.path("url").asString("");
            String page = names.entrySet().stream()
                    .filter(n -> file.endsWith(n.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(file);
            errors.add(
                    page + ": invalid HTML at line " + message.path("lastLine").asInt() + ": "
                            + message.path("message").asString() + "\n    "
                            + message.path("extract").asString("").strip());
        }
        return errors;
    }
}
