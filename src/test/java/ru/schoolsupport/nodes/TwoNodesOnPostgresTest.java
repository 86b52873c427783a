package ru.schoolsupport.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.FreePort;
import ru.schoolsupport.PostgresTestDatabase;

/**
 * Issue 23 from outside: the application as separate processes on one PostgreSQL database, as a
 * two-node deployment runs it. First a node whose mail server accepts connections and never answers:
 * its health answers at once while it hangs, and it is killed ({@code kill -9}) holding a claimed
 * message. Then two nodes start together on what it left: one deployment and one scan timer, every
 * message delivered exactly once (the dead node's after its claim ends), a login made on one node
 * holds on the other (Spring Session JDBC), and users racing across the nodes get 409s, never a 500.
 */
@Tag("postgres")
@Tag("own-context")
class TwoNodesOnPostgresTest {

  static final String DATABASE = "school_support_nodes_test";
  static final int MESSAGES = 30;
  static final String SUBJECT = "Проверка двух узлов № ";
  static final String REPORT = "{\"variables\":{\"executionResult\":{\"value\":\"done\"},"
      + "\"executionReport\":{\"value\":\"Документы размещены на сайте школы\","
      + "\"type\":\"String\"}}}";
  static final ObjectMapper JSON = new ObjectMapper();

  static String jdbcUrl;
  static GreenMail greenMail;
  static ServerSocket neverAnswers;
  static final List<Socket> heldConnections = new CopyOnWriteArrayList<>();
  static AppNode nodeA;
  static AppNode nodeB;
  /** How long health, liveness and readiness took on the node hung on its mail server. */
  static final Map<String, Duration> healthWhileHung = new LinkedHashMap<>();
  static String messageOfTheKilledNode;

  @BeforeAll
  static void aNodeDiesHungOnItsMailServerAndTwoNodesTakeOver() throws Exception {
    jdbcUrl = PostgresTestDatabase.emptied(DATABASE);
    greenMail = new GreenMail(new ServerSetup(FreePort.onLoopback(), "127.0.0.1", "smtp"));
    greenMail.start();
    neverAnswers = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!neverAnswers.isClosed()) {
        try {
          heldConnections.add(neverAnswers.accept());
        } catch (Exception closed) {
          return;
        }
      }
    }, "never-answers");
    acceptor.setDaemon(true);
    acceptor.start();

    // the first node: demo data, and a mail server that accepts and never says a word
    Map<String, String> hung = settings(neverAnswers.getLocalPort());
    hung.put("schoolsupport.demo.enabled", "true");
    hung.put("spring.mail.properties.mail.smtp.timeout", "600000");
    try (AppNode hungNode = AppNode.start("hung", hung).awaitUp(Duration.ofMinutes(3))) {
      queueMessages();
      messageOfTheKilledNode = awaitClaim(Duration.ofSeconds(60));
      for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
        Instant start = Instant.now();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(hungNode.url(probe))).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(probe).isEqualTo(200);
        healthWhileHung.put(probe, Duration.between(start, Instant.now()));
      }
      hungNode.kill();
    }

    // two nodes start together on what it left, both sending to a mail server that answers
    Map<String, String> answering = settings(greenMail.getSmtp().getPort());
    answering.put("schoolsupport.demo.enabled", "false");
    nodeA = AppNode.start("a", answering);
    nodeB = AppNode.start("b", answering);
    nodeA.awaitUp(Duration.ofMinutes(3));
    nodeB.awaitUp(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    for (AppNode node : new AppNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (greenMail != null) {
      greenMail.stop();
    }
    if (neverAnswers != null) {
      neverAnswers.close();
    }
    for (Socket held : heldConnections) {
      held.close();
    }
  }

  static Map<String, String> settings(int smtpPort) {
    Map<String, String> settings = new HashMap<>();
    settings.put("spring.datasource.url", jdbcUrl);
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "");
    settings.put("schoolsupport.mail.transport", "smtp");
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", String.valueOf(smtpPort));
    settings.put("schoolsupport.mail.dispatch-interval", "PT1S");
    // a claim given back after 20 s rather than 10 minutes, so the test need not wait for it
    settings.put("schoolsupport.mail.claim-expiry", "PT20S");
    return settings;
  }

  @Test
  void healthLivenessAndReadinessAnswerWithinASecondWhileTheMailServerHangs() {
    assertThat(healthWhileHung).hasSize(3);
    healthWhileHung.forEach((probe, took) -> assertThat(took).as(probe).isLessThan(Duration.ofSeconds(1)));
  }

  @Test
  void everyMessageIsDeliveredOnceTheOneOfTheKilledNodeToo() throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (count("select count(*) from ss_mail_outbox where status <> 'SENT'") > 0 && Instant.now().isBefore(until)) {
      Thread.sleep(1000);
    }
    assertThat(count("select count(*) from ss_mail_outbox where status <> 'SENT'")).as("mails not sent").isZero();
    Thread.sleep(3000); // a late second send, if there were one, would arrive now
    Map<String, Integer> bySubject = new HashMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      bySubject.merge(message.getSubject() + " → " + message.getAllRecipients()[0], 1, Integer::sum);
    }
    assertThat(bySubject.values()).as("delivered more than once").allMatch(times -> times == 1);
    assertThat(bySubject).hasSize((int) count("select count(*) from ss_mail_outbox"));
    assertThat(bySubject.keySet().stream().filter(subject -> subject.startsWith(SUBJECT))).hasSize(MESSAGES);
    assertThat(bySubject.keySet()).anyMatch(subject -> subject.startsWith(messageOfTheKilledNode + " → "));
  }

  @Test
  void theNodesShareOneDeploymentAndOneScanTimer() throws Exception {
    assertThat(count("select count(*) from act_re_procdef where key_ = 'reminderScan'")).isEqualTo(1);
    assertThat(count("select count(*) from act_ru_job where process_def_key_ = 'reminderScan' and type_ = 'timer'")).isEqualTo(1);
  }

  @Test
  void aLoginOnOneNodeHoldsOnTheOther() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.get(nodeA, "/camunda/app/tasklist/default/", null);
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = browser.send(nodeA, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        token, "application/x-www-form-urlencoded", "username=director.sosh6&password=demo");
    assertThat(login.statusCode()).isEqualTo(200);

    // the next requests go to the other node, as a proxy without stickiness sends them
    HttpResponse<String> engines = browser.get(nodeB, "/camunda/api/engine/engine/", "Fetch");
    assertThat(engines.statusCode()).isEqualTo(200);
    String sessionToken = engines.headers().firstValue("X-XSRF-TOKEN").orElseGet(browser::xsrfCookie);
    HttpResponse<String> user = browser.get(nodeB, "/camunda/api/admin/auth/user/default", sessionToken);
    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"director.sosh6\"");

    String task = schoolTask(nodeB);
    HttpResponse<String> claim = browser.send(nodeB, "POST", "/camunda/api/engine/engine/default/task/" + task
        + "/claim", sessionToken, "application/json", "{\"userId\":\"director.sosh6\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    HttpResponse<String> unclaim = browser.send(nodeA, "POST", "/camunda/api/engine/engine/default/task/" + task
        + "/unclaim", sessionToken, "application/json", "{}");
    assertThat(unclaim.statusCode()).as(unclaim.body()).isEqualTo(204);

    HttpResponse<String> logout = browser.send(nodeA, "POST", "/camunda/api/admin/auth/user/default/logout",
        sessionToken, "application/json", "{}");
    assertThat(logout.statusCode()).isLessThan(300);
    assertThat(browser.get(nodeB, "/camunda/api/admin/auth/user/default", sessionToken).body())
        .doesNotContain("director.sosh6");
  }

  @Test
  void usersRacingAcrossTheNodesGetAnswersNotErrors() throws Exception {
    String task = schoolTask(nodeA);
    for (int round = 0; round < 10; round++) {
      List<HttpResponse<String>> answers = race(user -> rest(user, "/engine-rest/task/" + task + "/claim",
          "{\"userId\":\"" + user + "\"}"));
      assertOneWon(answers, round, 409);
      HttpResponse<String> winner = answers.stream().filter(a -> a.statusCode() == 204).findFirst().orElseThrow();
      String winnerLogin = winner.request().headers().firstValue("X-Test-User").orElseThrow();
      assertThat(rest(winnerLogin, "/engine-rest/task/" + task + "/unclaim", "{}").statusCode()).isEqualTo(204);
    }
    assertOneWon(race(user -> rest(user, "/engine-rest/task/" + task + "/submit-form", REPORT)), -1, 409, 404);
    HttpResponse<String> late = rest("director.sosh6", "/engine-rest/task/" + task + "/submit-form", REPORT);
    assertThat(late.statusCode()).isEqualTo(404);
    assertThat(late.body()).contains("не найдена");
  }

  @Test
  void scansStartedTogetherOnBothNodesQueueEachReminderOnceAndFailNothing() throws Exception {
    String start = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ScanReminders\"}]}";
    List<CompletableFuture<HttpResponse<String>>> starts = new ArrayList<>();
    for (AppNode node : List.of(nodeA, nodeB, nodeA, nodeB)) {
      starts.add(CompletableFuture.supplyAsync(() -> asAdmin(node, "/engine-rest/process-definition/key/reminderScan/start",
          start)));
    }
    for (CompletableFuture<HttpResponse<String>> started : starts) {
      assertThat(started.get().statusCode()).as(started.get().body()).isEqualTo(200);
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    String waiting = "select count(*) from act_ru_job where process_def_key_ = 'reminderScan' and type_ <> 'timer'";
    while (count(waiting) > 0 && Instant.now().isBefore(until)) {
      Thread.sleep(500);
    }
    assertThat(count(waiting)).as("scan jobs left (failed or not run)").isZero();
    assertThat(count("select count(*) from act_ru_incident")).isZero();
    assertThat(count("select count(*) from act_hi_job_log where process_def_key_ = 'reminderScan' "
        + "and job_exception_msg_ is not null")).as("failed scan jobs").isZero();
    assertThat(count("select count(*) from (select message_key from ss_mail_outbox group by message_key "
        + "having count(*) > 1) twice")).isZero();
  }

  private static HttpResponse<String> asAdmin(AppNode node, String path, String body) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url(path)))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin"
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertOneWon(List<HttpResponse<String>> answers, int round, Integer... lost) {
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
    assertThat(statuses).as("round %d: %s", round, statuses).containsOnlyOnce(204);
    HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() != 204).findFirst().orElseThrow();
    assertThat(loser.statusCode()).as("round %d: %s", round, loser.body()).isIn((Object[]) lost);
    assertThat(loser.body()).containsPattern("[А-Яа-яЁё]{4,}").doesNotContain("Exception:");
  }

  /** director.sosh6 on node A and deputy.sosh6 on node B, started together. */
  private static List<HttpResponse<String>> race(Function<String, HttpResponse<String>> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    for (String user : List.of("director.sosh6", "deputy.sosh6")) {
      running.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return call.apply(user);
      }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> answer : running) {
      answers.add(answer.get());
    }
    return answers;
  }

  private static HttpResponse<String> rest(String user, String path, String body) {
    AppNode node = "director.sosh6".equals(user) ? nodeA : nodeB;
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url(path)))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json").header("X-Test-User", user)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The demo's assignment to МОБУ СОШ № 6, open in the school's group. */
  private static String schoolTask(AppNode node) throws Exception {
    HttpResponse<String> tasks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        node.url("/engine-rest/task?candidateUser=director.sosh6&includeAssignedTasks=true")))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("director.sosh6:demo"
            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    for (JsonNode task : JSON.readTree(tasks.body())) {
      if (task.path("processDefinitionId").asText().startsWith("assignmentControl")) {
        return task.path("id").asText();
      }
    }
    throw new AssertionError("no assignment task for director.sosh6: " + tasks.body());
  }

  private static void queueMessages() throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        PreparedStatement insert = db.prepareStatement("insert into ss_mail_outbox (message_key, recipient, "
            + "subject, body, status, attempts, created_at, next_attempt_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 1; i <= MESSAGES; i++) {
        insert.setString(1, "two-nodes:" + i);
        insert.setString(2, "director" + i + "@school.example.ru");
        insert.setString(3, SUBJECT + i);
        insert.setString(4, "Письмо " + i);
        insert.setTimestamp(5, now);
        insert.setTimestamp(6, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The subject of the message the hung node holds (the demo's own mail or one of ours, whichever came first). */
  private static String awaitClaim(Duration timeout) throws Exception {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
          ResultSet claimed = db.createStatement().executeQuery(
              "select subject from ss_mail_outbox where status = 'SENDING'")) {
        if (claimed.next()) {
          return claimed.getString(1);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the hung node claimed nothing within " + timeout);
  }

  private static long count(String sql) throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        ResultSet result = db.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** One browser: its cookies (the session, the CSRF token) go to whichever node it calls. */
  static final class Browser {
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> get(AppNode node, String path, String token) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).header("Accept",
          "application/json, text/html");
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(AppNode node, String method, String path, String token, String type, String body)
        throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("X-XSRF-TOKEN", token)
          .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String xsrfCookie() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }
  }
}
