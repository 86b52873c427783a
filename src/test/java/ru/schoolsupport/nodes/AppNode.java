package ru.schoolsupport.nodes;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ru.schoolsupport.FreePort;
import ru.schoolsupport.SchoolSupportApplication;

/**
 * The application as a process of its own, as a node of a deployment is: started with the test's
 * classpath and the settings given, its output in {@code target/nodes/<name>.log}; stopped, or killed
 * as {@code kill -9} would.
 */
final class AppNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static AppNode start(String name, Map<String, String> settings) throws IOException {
    int port = FreePort.onLoopback();
    Path log = Path.of("target", "nodes", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dfile.encoding=UTF-8", SchoolSupportApplication.class.getName(),
        "--server.address=127.0.0.1", "--server.port=" + port,
        "--spring.main.banner-mode=off"));
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("CLASSPATH", classpath());
    builder.directory(new File("."));
    return new AppNode(name, port, builder.start());
  }

  /**
   * The test's classpath, each entry once: surefire's {@code java.class.path} may name its booter jar,
   * whose manifest lists the entries again (the models would be found twice and refused as duplicates).
   */
  private static String classpath() {
    return String.join(File.pathSeparator, new java.util.LinkedHashSet<>(List.of(
        System.getProperty("java.class.path").split(File.pathSeparator))).stream()
        .filter(entry -> !entry.contains("surefirebooter")).toList());
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Waits until {@code /actuator/health} says UP; fails with the node's log when it does not come up. */
  AppNode awaitUp(Duration timeout) throws Exception {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " stopped at start:\n" + logTail());
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("node " + name + " not up within " + timeout + ":\n" + logTail());
  }

  /** {@code kill -9}: no shutdown hook, no transaction finished, claims and job locks left as they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(Path.of("target", "nodes", name + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
