package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows each process as the picture in docs/processes/&lt;name&gt;.svg, drawn from
 * processes/&lt;name&gt;.bpmn by lint/render-processes.cjs (bpmn-js in Debian's headless Chromium). The
 * script writes the model's SHA-256 into the SVG; here every model must have its picture drawn from its
 * current text, every picture a model, and the README must show each one under its Russian name. When
 * lint/node_modules is installed (.ci/lint-models does it), the models are drawn afresh as well and must
 * give the committed SVGs byte for byte. To refresh: {@code cd lint && npm ci && node render-processes.cjs}.
 */
class ProcessPicturesTest {

  private static final String REFRESH = "run `cd lint && npm ci && node render-processes.cjs` and commit docs/processes";
  private static final Path PROCESSES = Path.of("processes");
  private static final Path PICTURES = Path.of("docs", "processes");
  private static final Pattern HASH = Pattern.compile("<!-- (\\S+)\\.bpmn sha256:([0-9a-f]{64}) rendered by lint/render-processes\\.cjs");

  @Test
  void everyModelHasAPictureDrawnFromItsCurrentText() throws Exception {
    List<String> models = names(PROCESSES, ".bpmn");
    assertThat(models).as("models in processes/").isNotEmpty();
    for (String name : models) {
      Path svg = PICTURES.resolve(name + ".svg");
      assertThat(svg).as("the picture of %s.bpmn: %s", name, REFRESH).exists();
      String picture = Files.readString(svg, StandardCharsets.UTF_8);
      Matcher hash = HASH.matcher(picture);
      assertThat(hash.find()).as("%s carries the hash of its model: %s", svg, REFRESH).isTrue();
      assertThat(hash.group(1)).as("%s is drawn from its own model", svg).isEqualTo(name);
      assertThat(hash.group(2)).as("%s is drawn from the current %s.bpmn: %s", svg, name, REFRESH)
          .isEqualTo(sha256(Files.readString(PROCESSES.resolve(name + ".bpmn"), StandardCharsets.UTF_8)));
      assertThat(picture).as("%s is an SVG", svg).contains("<svg ").endsWith("</svg>\n");
    }
    assertThat(names(PICTURES, ".svg")).as("every picture in docs/processes has its model in processes/")
        .containsExactlyInAnyOrderElementsOf(models);
  }

  @Test
  void theReadmeShowsEveryPictureUnderItsProcessName() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Processes\n");
    assertThat(start).as("README has a Processes section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
    for (String name : names(PROCESSES, ".bpmn")) {
      String model = Files.readString(PROCESSES.resolve(name + ".bpmn"), StandardCharsets.UTF_8);
      Matcher process = Pattern.compile("<bpmn:process id=\"" + name + "\"[^>]*\\sname=\"([^\"]+)\"").matcher(model);
      assertThat(process.find()).as("%s.bpmn has a process %s with a name", name, name).isTrue();
      String title = process.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
      assertThat(section).as("the README's Processes section shows %s.svg titled «%s»", name, title)
          .contains("![" + name + " «" + title + "»](docs/processes/" + name + ".svg)");
    }
  }

  @Test
  void aFreshRenderGivesTheCommittedPictures() throws Exception {
    Path lint = Path.of("lint");
    assumeTrue(Files.isDirectory(lint.resolve("node_modules/bpmn-js"))
            && Files.isDirectory(lint.resolve("node_modules/puppeteer-core")),
        "lint/node_modules is missing: run .ci/lint-models (or npm ci in lint/) first");
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    assumeTrue(Files.isExecutable(Path.of(chromium)), chromium + " is missing: apt-get install chromium");
    Process node = new ProcessBuilder("node", "render-processes.cjs", "--check")
        .directory(lint.toFile()).redirectErrorStream(true).start();
    String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the renderer finished").isTrue();
    int models = names(PROCESSES, ".bpmn").size();
    assertThat(node.exitValue()).as("%s\n%s (bpmn-js measures the labels with Arial, i.e. fonts-liberation's"
        + " Liberation Sans: install it if the pictures differ only in text positions)", report, REFRESH).isZero();
    assertThat(report).as(report).contains(models + " of " + models + " models rendered as committed");
  }

  private static List<String> names(Path dir, String suffix) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(suffix))
          .map(f -> f.substring(0, f.length() - suffix.length())).sorted().toList();
    }
  }

  /** The SHA-256 of a model's text with CRLF as LF, as lint/render-processes.cjs computes it. */
  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
