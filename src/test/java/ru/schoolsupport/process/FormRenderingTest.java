package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every form in forms/ is rendered by form-js 1.8.7 — the version Tasklist 7.24 ships — before a
 * user opens it: an unknown field type, a key bound twice or a broken schema fails here. The renderer
 * is lint/render-forms.cjs on Node.js; its packages are the ones `.ci/lint-models` installs (lint/).
 */
class FormRenderingTest {

  @Test
  void everyFormRendersWithTheFormJsOfTasklist() throws Exception {
    Path lint = Path.of("lint");
    assumeTrue(Files.isDirectory(lint.resolve("node_modules/@bpmn-io/form-js-viewer")),
        "lint/node_modules is missing: run .ci/lint-models (or npm ci in lint/) first");
    Process node = new ProcessBuilder("node", "render-forms.cjs").directory(lint.toFile()).redirectErrorStream(true).start();
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the renderer finished").isTrue();
    String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    long forms;
    try (var files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).count();
    }
    assertThat(node.exitValue()).as(report).isZero();
    assertThat(report).as(report).contains(forms + " of " + forms + " forms render with form-js 1.8.7");
  }
}
