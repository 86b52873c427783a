package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Two users racing for one task (issue 23): whoever loses gets 409 with a Russian message, over
 * {@code /engine-rest} and over Tasklist's {@code /camunda/api/engine}, never a 500.
 */
@SchoolSupportTest
class RaceAnswersTest {

  static final int ROUNDS = 20;
  static final String REPORT = "{\"variables\":{\"executionResult\":{\"value\":\"done\"},"
      + "\"executionReport\":{\"value\":\"Документы размещены на сайте школы\","
      + "\"type\":\"String\"}}}";

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;

  final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aClaimThatLosesIsA409OverRest() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String task = newTask();
      List<ResponseEntity<String>> answers = race(
          user -> rest(user, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}"));
      assertOneWonTheOtherWasTold(answers, round, HttpStatus.CONFLICT);
      String winner = tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
      assertThat(winner).isIn("director.sosh6", "deputy.sosh6");
      answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).forEach(a ->
          assertThat(a.getBody()).contains("уже взял в работу", winner).doesNotContain("Exception:"));
    }
  }

  @Test
  void aSubmissionThatLosesIsA409Or404OverRest() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String task = newTask();
      List<ResponseEntity<String>> answers = race(user -> rest(user, "/engine-rest/task/" + task + "/submit-form",
          REPORT));
      assertOneWonTheOtherWasTold(answers, round, HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
      assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
    }
  }

  @Test
  void aClaimOfATaskAnotherUserHoldsIsA409OnBothPaths() {
    String task = newTask();
    assertThat(rest("director.sosh6", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"director.sosh6\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> rest = rest("deputy.sosh6", "/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"deputy.sosh6\"}");
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(rest.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(rest.getBody()).contains("\"type\":\"TaskAlreadyClaimedException\"", "director.sosh6",
        "уже взял в работу", "\"code\":null");

    Tasklist deputy = new Tasklist("deputy.sosh6");
    ResponseEntity<String> webapp = deputy.post("/task/" + task + "/claim", "{\"userId\":\"deputy.sosh6\"}");
    assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(webapp.getBody()).contains("уже взял в работу", "director.sosh6");
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("director.sosh6");
  }

  @Test
  void tasklistRacesAreAnswersToo() throws Exception {
    Map<String, Tasklist> sessions = Map.of("director.sosh6", new Tasklist("director.sosh6"),
        "deputy.sosh6", new Tasklist("deputy.sosh6"));
    for (int round = 0; round < ROUNDS / 2; round++) {
      String task = newTask();
      assertOneWonTheOtherWasTold(race(user -> sessions.get(user).post("/task/" + task + "/claim",
          "{\"userId\":\"" + user + "\"}")), round, HttpStatus.CONFLICT);
      String other = task;
      tasks.setAssignee(other, null);
      assertOneWonTheOtherWasTold(race(user -> sessions.get(user).post("/task/" + other + "/submit-form", REPORT)),
          round, HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void onlyRacesAreTakenFromCamundasMappers() {
    assertThat(RaceAnswers.answer(new TaskAlreadyClaimedException("t1", "director.sosh6"), null).getStatus())
        .isEqualTo(409);
    assertThat(RaceAnswers.answer(new OptimisticLockingException("Entity was updated by another transaction"), null)
        .getStatus()).isEqualTo(409);
    assertThat(RaceAnswers.answer(new ProcessEngineException("anything else"), null)).isNull();
    assertThat(RaceAnswers.answer(new NullValueException("not a task call"), null)).isNull();
    assertThat(RaceAnswers.TaskCall.of(List.of())).isNull();
  }

  private void assertOneWonTheOtherWasTold(List<ResponseEntity<String>> answers, int round, HttpStatus... lost) {
    List<HttpStatus> statuses = answers.stream().map(a -> (HttpStatus) a.getStatusCode()).toList();
    assertThat(statuses).as("round %d: %s", round, answers).containsOnlyOnce(HttpStatus.NO_CONTENT);
    ResponseEntity<String> loser = answers.stream().filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT)
        .findFirst().orElseThrow();
    assertThat((HttpStatus) loser.getStatusCode()).as("round %d: %s", round, loser).isIn((Object[]) lost);
    assertThat(loser.getBody()).as("round %d", round).containsPattern("[А-Яа-яЁё]{4,}")
        .doesNotContain("Exception:", "ACT_");
  }

  /** Both users at once, each on a thread of their own, started together. */
  private List<ResponseEntity<String>> race(Function<String, ResponseEntity<String>> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> running = new ArrayList<>();
    for (String user : List.of("director.sosh6", "deputy.sosh6")) {
      running.add(threads.submit(() -> {
        start.await();
        return call.apply(user);
      }));
    }
    start.countDown();
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : running) {
      answers.add(answer.get());
    }
    return answers;
  }

  private String newTask() {
    long assignment = assignments.issue(new NewAssignment("Решение коллегии № 1", "Разместить документы на сайте",
        ExecutorKind.SCHOOL, "sosh6", "coordinator", calendar.today().plusDays(10)));
    return tasks.createTaskQuery().processInstanceId(assignments.get(assignment).processInstanceId()).singleResult()
        .getId();
  }

  private ResponseEntity<String> rest(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  /** A user logged in to Tasklist, calling its engine API as the browser does (session and CSRF token). */
  final class Tasklist {
    final String cookies;
    final String csrf;

    Tasklist(String user) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
      String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      headers.add("X-XSRF-TOKEN", token);
      headers.add(HttpHeaders.COOKIE, cookies(page, null));
      ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
          new HttpEntity<>("username=" + user + "&password=demo", headers), String.class);
      assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
      String session = cookies(login, cookies(page, null));
      // the login starts a new session: its token, as Tasklist fetches it
      HttpHeaders fetch = new HttpHeaders();
      fetch.add("X-XSRF-TOKEN", "Fetch");
      fetch.add(HttpHeaders.COOKIE, session);
      ResponseEntity<String> engines = http.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
          new HttpEntity<>(fetch), String.class);
      this.cookies = cookies(engines, session);
      String fetched = engines.getHeaders().getFirst("X-XSRF-TOKEN");
      this.csrf = fetched != null ? fetched : this.cookies.replaceAll(".*XSRF-TOKEN=([^;]*).*", "$1");
    }

    ResponseEntity<String> post(String path, String body) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.add("X-XSRF-TOKEN", csrf);
      headers.add(HttpHeaders.COOKIE, cookies);
      return http.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.POST,
          new HttpEntity<>(body, headers), String.class);
    }

    private static String cookies(ResponseEntity<String> answer, String before) {
      Map<String, String> jar = new java.util.LinkedHashMap<>();
      if (before != null) {
        for (String cookie : before.split("; ")) {
          jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
        }
      }
      List<String> set = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (set != null) {
        for (String cookie : set) {
          String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
          jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
      }
      return String.join("; ", jar.values());
    }
  }

  @Test
  void aTaskSuspendedBetweenTheGatesLookAndTheEnginesIsA409ThatSaysTheWorkIsPaused() {
    jakarta.ws.rs.core.Response answer = RaceAnswers.answer(
        new org.camunda.bpm.engine.SuspendedEntityInteractionException("task is suspended"), null);
    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((java.util.Map<?, ?>) answer.getEntity()).get("message")).isEqualTo(RaceAnswers.PAUSED);
  }
}
