package ru.schoolsupport.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.schoolyear.RiskFactorSettings;
import ru.schoolsupport.schoolyear.RiskProfileRepository;
import ru.schoolsupport.schoolyear.RiskRating;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * The monitoring page's data for a cycle whose four schools have started their year: one school has
 * reported stage I (red), one reported late, one has an overdue task; the risk profiles give the
 * priority risks. Read over HTTP as managers and as a school's director.
 */
@SchoolSupportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired StageReportRepository stageReports;
  @Autowired RiskProfileRepository riskProfiles;
  @Autowired RiskFactorSettings riskFactors;
  @Autowired TestRestTemplate rest;

  final ObjectMapper json = new ObjectMapper();
  long cycleId;

  @BeforeAll
  void aCycleUnderWay() {
    EngineTestSupport.init(engine);
    CycleTestSupport cycles = new CycleTestSupport(runtime, tasks, management, engine.getFormService());
    ProcessInstance cycle = cycles.start(TestYears.next());
    cycleId = cycles.cycleId(cycle);
    cycles.runToTheSchools(cycle, listFormation.includedCodes(cycleId), null);

    if (riskProfiles.factors(cycleId).isEmpty()) {
      riskProfiles.saveFactors(cycleId, riskFactors.factors());
    }
    List<RiskFactorSettings.Factor> factors = riskProfiles.factors(cycleId);
    String first = factors.get(0).code();
    String second = factors.get(1).code();
    riskProfiles.replaceRatings(cycleId, "sosh6", ratings(factors, first, second), Instant.now());
    riskProfiles.replaceRatings(cycleId, "sosh12", ratings(factors, first), Instant.now());

    stageReports.save(cycleId, "sosh12", 1, new StageReport.Figures(new BigDecimal("35.5"), 2, 1, 1, 0, 0),
        "Нет учителя физики", null, List.of(), List.of(),
        List.of(new StageReport.ProgrammeStatus(first, "1", StageReport.Rag.GREEN, null),
            new StageReport.ProgrammeStatus(second, "2", StageReport.Rag.RED, "Отставание")),
        "director.sosh12", Instant.now(), false);
    stageReports.save(cycleId, "sosh31", 1, new StageReport.Figures(new BigDecimal("60"), 1, 1, 0, 0, 0),
        null, null, List.of(), List.of(), List.of(new StageReport.ProgrammeStatus(first, "1", StageReport.Rag.AMBER, null)),
        "director.sosh31", Instant.now(), true);

    CycleSchool sosh6 = listFormation.included(cycleId).stream().filter(s -> s.schoolCode().equals("sosh6"))
        .findFirst().orElseThrow();
    Task selfAssessment = tasks.createTaskQuery().processInstanceId(sosh6.processInstanceId()).singleResult();
    selfAssessment.setDueDate(Date.from(Instant.now().minusSeconds(86_400)));
    tasks.saveTask(selfAssessment);
  }

  private static List<RiskProfileRepository.Rating> ratings(List<RiskFactorSettings.Factor> factors, String... priorities) {
    List<RiskProfileRepository.Rating> ratings = new ArrayList<>();
    List<String> priority = List.of(priorities);
    for (RiskFactorSettings.Factor f : factors) {
      ratings.add(new RiskProfileRepository.Rating(f.code(), priority.contains(f.code()) ? RiskRating.HIGH : RiskRating.LOW,
          null, priority.contains(f.code())));
    }
    return ratings;
  }

  @Test
  void aCoordinatorSeesEverySchoolSideBySide() throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/monitoring/cycles/" + cycleId, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(response.getBody());

    assertThat(view.path("cycle").path("id").asLong()).isEqualTo(cycleId);
    Map<String, JsonNode> schools = new HashMap<>();
    view.path("schools").forEach(s -> schools.put(s.path("code").asText(), s));
    assertThat(schools).containsOnlyKeys("sosh6", "sosh12", "sosh31", "sosh20");

    JsonNode sosh6 = schools.get("sosh6");
    assertThat(sosh6.path("name").asText()).isEqualTo("МОБУ СОШ № 6");
    assertThat(sosh6.path("stage").asText()).isEqualTo("SELF_ASSESSMENT");
    assertThat(sosh6.path("stageTitle").asText()).isEqualTo("Самодиагностика");
    assertThat(sosh6.path("overdueTasks").asLong()).isEqualTo(1);
    assertThat(sosh6.path("rag").isNull()).isTrue();
    assertThat(sosh6.path("mentorName").asText()).isEqualTo("МОБУ лицей № 7");
    assertThat(sosh6.path("curatorLogin").asText()).startsWith("curator");
    assertThat(sosh6.path("curatorName").asText()).isNotBlank();
    assertThat(sosh6.path("categoryTitle").asText()).isNotBlank();
    assertThat(sosh6.path("cockpitUrl").asText())
        .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + sosh6.path("processInstanceId").asText());

    JsonNode sosh12 = schools.get("sosh12");
    assertThat(sosh12.path("roadmapDoneShare").decimalValue()).isEqualByComparingTo("35.5");
    assertThat(sosh12.path("rag").asText()).isEqualTo("RED");
    assertThat(sosh12.path("overdueTasks").asLong()).isZero();
    assertThat(sosh12.path("lastReport").asText()).contains("I этап").contains("на проверке");
    assertThat(schools.get("sosh31").path("rag").asText()).isEqualTo("AMBER");
    assertThat(schools.get("sosh31").path("lateReports").asBoolean()).isTrue();

    Map<String, Long> risks = new HashMap<>();
    view.path("priorityRisks").forEach(r -> risks.put(r.path("title").asText(), r.path("schools").asLong()));
    assertThat(risks).hasSize(riskProfiles.factors(cycleId).size());
    assertThat(risks.get(riskProfiles.factors(cycleId).get(0).title())).isEqualTo(2);
    assertThat(risks.get(riskProfiles.factors(cycleId).get(1).title())).isEqualTo(1);
    assertThat(risks.get(riskProfiles.factors(cycleId).get(2).title())).isZero();

    JsonNode stage1 = view.path("timeliness").get(0);
    assertThat(stage1.path("stage").asInt()).isEqualTo(1);
    assertThat(stage1.path("onTime").asLong()).isEqualTo(1);
    assertThat(stage1.path("late").asLong()).isEqualTo(1);
    assertThat(stage1.path("notYet").asLong()).isEqualTo(2);
  }

  @Test
  void theHeadAndACuratorMayReadItButASchoolMayNot() {
    assertThat(rest.withBasicAuth("head", "demo").getForEntity("/api/monitoring/cycles/" + cycleId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("curator1", "demo").getForEntity("/api/monitoring/cycles/" + cycleId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> school = rest.withBasicAuth("director.sosh6", "demo")
        .getForEntity("/api/monitoring/cycles/" + cycleId, String.class);
    assertThat(school.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(school.getBody()).contains("руководителям");
    assertThat(rest.withBasicAuth("director.sosh6", "demo").getForEntity("/app/monitoring", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/monitoring/cycles/" + cycleId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/app/monitoring", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aBrowserWithoutALoginGoesToTheTasklistLoginAndNoBasicDialogOpens() throws Exception {
    // a client that does not follow redirects, to see the answer itself
    java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
        .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(rest.getRootUri() + "/app/monitoring"))
            .header("Sec-Fetch-Mode", "navigate").header("Accept", "text/html,application/xhtml+xml").GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValue("/camunda/app/tasklist/default/#/login");
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    // the page's own script in a browser: 401, but no challenge that would open the browser's dialog
    org.springframework.http.HttpHeaders script = new org.springframework.http.HttpHeaders();
    script.set("Sec-Fetch-Mode", "cors");
    ResponseEntity<String> data = rest.exchange("/app/monitoring/cycles/current", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(script), String.class);
    assertThat(data.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(data.getHeaders().getFirst("WWW-Authenticate")).isNull();
    // a script of its own (no browser headers) still gets the Basic challenge
    assertThat(rest.getForEntity("/app/monitoring/cycles/current", String.class).getHeaders().getFirst("WWW-Authenticate"))
        .startsWith("Basic");
  }

  @Test
  void thePageHasTheAppsNavigationForWhoeverReadsIt() {
    String head = rest.withBasicAuth("head", "demo").getForEntity("/app/monitoring", String.class).getBody();
    assertThat(head).contains("class=\"staff-header\"", "href=\"/camunda/app/tasklist/default/\">Задачи<",
        ">Ход процессов<", "aria-current=\"page\">Мониторинг школ<", "href=\"/app/reminders/settings\"")
        .doesNotContain("<!--staff-header-->").doesNotContain(">RAG<").doesNotContain(">Cockpit<");
    // a curator reads the page but has no Cockpit
    String curator = rest.withBasicAuth("curator1", "demo").getForEntity("/app/monitoring", String.class).getBody();
    assertThat(curator).contains(">Мониторинг школ<").doesNotContain(">Ход процессов<");
  }

  @Test
  void theRunningCycleIsTheDefaultAndAnUnknownCycleIsNotFound() throws Exception {
    ResponseEntity<String> current = rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/monitoring/cycles/current", String.class);
    assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(current.getBody()).path("cycle").path("status").asText()).isEqualTo("RUNNING");
    assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/monitoring/cycles/987654321", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void thePageIsServedInRussianWithItsChartsAndPrintStyles() {
    ResponseEntity<String> page = rest.withBasicAuth("coordinator", "demo").getForEntity("/app/monitoring", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("<html lang=\"ru\"", "Мониторинг сопровождения школ",
        "chart-roadmap", "chart-risks", "chart-timeliness", "@media print", "<script src=\"/app/monitoring/page.js\">")
        .doesNotContain("https://", "http://cdn").doesNotContain("<script>");
    ResponseEntity<String> script = rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/app/monitoring/page.js", String.class);
    assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
    assertThat(script.getBody()).contains("/app/monitoring/cycles/", "createElementNS");
    // no inline script may run, nothing frames the page from elsewhere, no content type is guessed
    for (ResponseEntity<String> answer : List.of(page, script, rest.getForEntity("/app/monitoring", String.class),
        rest.withBasicAuth("head", "demo").getForEntity("/api/monitoring/cycles/" + cycleId, String.class))) {
      assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';")
          .contains("frame-ancestors 'self'").contains("object-src 'none'").doesNotContain("unsafe-eval");
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }
    ResponseEntity<String> data = rest.withBasicAuth("head", "demo")
        .getForEntity("/app/monitoring/cycles/" + cycleId, String.class);
    assertThat(data.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> entry = rest.getForEntity("/monitoring", String.class);
    assertThat(entry.getStatusCode().is3xxRedirection() || entry.getStatusCode() == HttpStatus.UNAUTHORIZED).isTrue();
  }
}
