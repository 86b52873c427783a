package ru.schoolsupport.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.DossierTestCycles;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;

/**
 * A school's dossier over HTTP, as its readers and others reach for it: who sees it (managers, the
 * methodist, its curator, its mentor school, itself) and who gets 403 (another school, another curator,
 * the secretary); a visit recorded by the curator, bad input refused with a Russian 400 naming the field;
 * «Мои школы» set by the curator and refused to the school.
 */
@SchoolSupportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolDossierApiTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired TestRestTemplate rest;
  @Autowired CycleService cycleService;

  final ObjectMapper json = new ObjectMapper();
  long cycleId;
  int year;
  CycleSchool sosh6;
  String otherCurator;

  @BeforeAll
  void aCycleAtItsSchools() {
    cycleId = DossierTestCycles.atItsSchools(engine, listFormation);
    year = DossierTestCycles.yearOf(cycleService, cycleId);
    sosh6 = cycleSchools.find(cycleId, "sosh6").orElseThrow();
    otherCurator = sosh6.curatorLogin().equals("curator1") ? "curator2" : "curator1";
    EngineTestSupport.moveClockTo(LocalDate.of(year, 4, 10).atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
  }

  @AfterAll
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  String url() {
    return "/api/dossier/cycles/" + cycleId + "/schools/sosh6";
  }

  @Test
  void theDossierShowsTheSchoolsYearWithItsAudit() throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth("coordinator", "demo").getForEntity(url(), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(answer.getBody());
    assertThat(view.path("school").path("name").asText()).isEqualTo("МОБУ СОШ № 6");
    assertThat(view.path("mentor").path("name").asText()).isEqualTo("МОБУ лицей № 7");
    assertThat(view.path("curator").path("login").asText()).isEqualTo(sosh6.curatorLogin());
    assertThat(view.path("stageTitle").asText()).isEqualTo("Самодиагностика");
    assertThat(view.path("next")).isNotEmpty();
    assertThat(view.path("next").get(0).path("name").asText()).isNotBlank();
    assertThat(view.path("deadlines")).hasSize(4);
    List<String> fields = new ArrayList<>();
    view.path("audit").forEach(a -> fields.add(a.path("fieldTitle").asText()));
    assertThat(fields).contains("Включение в перечень", "Школа-наставник", "Куратор", "Этап года");
    List<String> values = new ArrayList<>();
    view.path("audit").forEach(a -> values.add(a.path("newValue").asText()));
    assertThat(values).contains("в перечне", "МОБУ лицей № 7", "Самодиагностика");
    assertThat(view.path("mayRecordNotes").asBoolean()).isTrue();
    assertThat(view.path("mayOpenMonitoring").asBoolean()).isTrue();
  }

  @Test
  void itsReadersSeeItAndNobodyElseDoes() throws Exception {
    for (String reader : List.of("head", "deputy", "coordinator", "methodist", sosh6.curatorLogin(), "director.lyceum7",
        "director.sosh6", "deputy.sosh6")) {
      assertThat(rest.withBasicAuth(reader, "demo").getForEntity(url(), String.class).getStatusCode()).as(reader)
          .isEqualTo(HttpStatus.OK);
    }
    for (String stranger : List.of("director.sosh12", "director.sosh8", otherCurator, "secretary")) {
      ResponseEntity<String> refused = rest.withBasicAuth(stranger, "demo").getForEntity(url(), String.class);
      assertThat(refused.getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(json.readTree(refused.getBody()).path("message").asText()).startsWith("Досье школы доступно");
      ResponseEntity<String> page = rest.withBasicAuth(stranger, "demo")
          .getForEntity("/app/dossier?cycle=" + cycleId + "&school=sosh6", String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(page.getBody()).contains("Нет доступа", "Досье школы доступно");
    }
    assertThat(rest.getForEntity(url(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("director.sosh6", "demo")
        .getForEntity("/api/dossier/cycles/" + cycleId + "/schools/nosuchschool", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void thePageIsServedWithItsScriptAndNoInlineScript() {
    ResponseEntity<String> page = rest.withBasicAuth("director.sosh6", "demo")
        .getForEntity("/app/dossier?cycle=" + cycleId + "&school=sosh6", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"ru\"", "Досье школы", "<script src=\"/app/dossier/page.js\">")
        .doesNotContain("<script>");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';");
    ResponseEntity<String> script = rest.withBasicAuth("director.sosh6", "demo").getForEntity("/app/dossier/page.js",
        String.class);
    assertThat(script.getBody()).contains("/app/dossier/cycles/", "X-Requested-With");
  }

  @Test
  void theCuratorRecordsAVisitAndBadInputIsRefusedInRussian() throws Exception {
    String curator = sosh6.curatorLogin();
    ResponseEntity<String> bad = post(curator, url() + "/notes", Map.of("date", "завтра", "kind", "VISIT"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = json.readTree(bad.getBody()).path("message").asText();
    assertThat(message).contains("поле «Дата»", "не дата", "поле «С кем встречались»");

    Map<String, Object> visit = Map.of("date", LocalDate.of(year, 4, 9).toString(), "kind", "VISIT",
        "peopleMet", "Директор, заместитель по УВР", "keyProblems", "Нет учителя физики",
        "agreedActions", "Заявка на целевое обучение", "nextReview", LocalDate.of(year, 5, 15).toString());
    ResponseEntity<String> recorded = post(curator, url() + "/notes", visit);
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(recorded.getBody()).path("message").asText()).contains("записано в досье", "15.05." + year);

    JsonNode view = json.readTree(rest.withBasicAuth("director.sosh6", "demo").getForEntity(url(), String.class).getBody());
    JsonNode note = view.path("notes").get(0);
    assertThat(note.path("peopleMet").asText()).isEqualTo("Директор, заместитель по УВР");
    assertThat(note.path("kindTitle").asText()).isEqualTo("Посещение школы");
    assertThat(note.path("nextReview").asText()).isEqualTo("15.05." + year);
    assertThat(view.path("mayRecordNotes").asBoolean()).as("the school reads, it does not record").isFalse();
    assertThat(view.path("mayOpenMonitoring").asBoolean()).as("the monitoring page is the department's").isFalse();

    // the school itself, another curator: 403; from the page without its header: 403
    assertThat(post("director.sosh6", url() + "/notes", visit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(otherCurator, url() + "/notes", visit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("director.lyceum7", url() + "/notes", visit).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    HttpHeaders noPageHeader = new HttpHeaders();
    noPageHeader.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth(curator, "demo").exchange("/app/dossier/cycles/" + cycleId + "/schools/sosh6/notes",
        HttpMethod.POST, new HttpEntity<>(visit, noPageHeader), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theCuratorWatchesTheSchoolAndTheSchoolMayNot() throws Exception {
    String curator = sosh6.curatorLogin();
    assertThat(exchange(curator, HttpMethod.PUT, url() + "/watch").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(rest.withBasicAuth(curator, "demo").getForEntity("/api/watchlist", String.class).getBody())
        .path("schools").toString()).contains("sosh6");
    assertThat(json.readTree(rest.withBasicAuth(curator, "demo").getForEntity(url(), String.class).getBody())
        .path("watching").asBoolean()).isTrue();
    assertThat(exchange("director.sosh6", HttpMethod.PUT, url() + "/watch").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the monitoring page's «Мои школы»: only the watched school; without the filter every school of the list
    JsonNode mine = json.readTree(rest.withBasicAuth(curator, "demo")
        .getForEntity("/api/monitoring/cycles/" + cycleId + "?mine=true", String.class).getBody());
    assertThat(mine.path("schools")).hasSize(1);
    assertThat(mine.path("schools").get(0).path("code").asText()).isEqualTo("sosh6");
    assertThat(json.readTree(rest.withBasicAuth(curator, "demo")
        .getForEntity("/api/monitoring/cycles/" + cycleId, String.class).getBody()).path("schools").size()).isGreaterThan(1);
    assertThat(exchange(curator, HttpMethod.DELETE, url() + "/watch").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(rest.withBasicAuth(curator, "demo").getForEntity("/api/watchlist", String.class).getBody())
        .path("schools").toString()).doesNotContain("sosh6");
  }

  @Test
  void aTaskOfTheSchoolLeadsToItsDossierForWhoeverSeesTheTask() throws Exception {
    String taskId = tasks.createTaskQuery().processInstanceId(sosh6.processInstanceId()).list().get(0).getId();
    ResponseEntity<String> own = rest.withBasicAuth("director.sosh6", "demo")
        .getForEntity("/api/dossier/tasks/" + taskId, String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode answer = json.readTree(own.getBody());
    assertThat(answer.path("url").asText()).isEqualTo("/app/dossier?cycle=" + cycleId + "&school=sosh6");
    assertThat(answer.path("school").asText()).isEqualTo("МОБУ СОШ № 6");
    assertThat(rest.withBasicAuth("director.sosh12", "demo").getForEntity("/api/dossier/tasks/" + taskId, String.class)
        .getStatusCode()).as("a task the user cannot see").isEqualTo(HttpStatus.NOT_FOUND);
  }

  ResponseEntity<String> post(String login, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> exchange(String login, HttpMethod method, String path) {
    return rest.withBasicAuth(login, "demo").exchange(path, method, HttpEntity.EMPTY, String.class);
  }
}
