package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.reporting.MunicipalReport;
import ru.schoolsupport.reporting.MunicipalReportService;

/**
 * The roadmap's completion and the events register in the municipal stage report (seed 004: «выполнено
 * 14 из 20 мероприятий I этапа, 70 %», 8 consultations, 3 seminars with their topics) and on the
 * monitoring page.
 */
@SchoolSupportTest
class RoadmapReportingTest {

  @Autowired TestRestTemplate http;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired EventService events;
  @Autowired AssignmentService assignments;
  @Autowired MunicipalReportService reports;
  @Autowired ru.schoolsupport.schoolyear.StageReportForms stageReportForms;

  @Test
  void aSchoolsStageReportStartsFromTheRegistersEventsItTookPartIn() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    EventService.Author methodist = new EventService.Author("methodist", true, false, List.of());
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusDays(30), "SEMINAR",
        "Формирующее оценивание <b>на уроке</b>", "МОБУ лицей № 7", null, "IN_PERSON", List.of("sosh6", "sosh12"), 25,
        null, null), methodist);
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusDays(10), "WEBINAR",
        "Школьные команды", null, null, "ONLINE", List.of("sosh6"), 40, null, null), methodist);
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusDays(5), "CONSULTATION",
        "Только для другой школы", null, null, "ONLINE", List.of("sosh12"), 3, null, null), methodist);
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().plusDays(20), "VISIT",
        "После срока I этапа", null, null, "IN_PERSON", List.of("sosh6"), 2, null, null), methodist);

    assertThat(stageReportForms.events(cycle.id(), "sosh6", 1, "seminars")).as("a seminar and a webinar").isEqualTo(2);
    assertThat(stageReportForms.events(cycle.id(), "sosh6", 1, "consultations")).isZero();
    assertThat(stageReportForms.events(cycle.id(), "sosh6", 1, "visits")).as("held after the stage's deadline").isZero();
    assertThat(stageReportForms.events(cycle.id(), "sosh6", 2, "visits")).isEqualTo(1);
    assertThat(stageReportForms.registeredEvents(cycle.id(), "sosh6", 1))
        .contains("Семинар «Формирующее оценивание &lt;b&gt;на уроке&lt;/b&gt;» (МОБУ лицей № 7)", "Вебинар «Школьные команды»")
        .doesNotContain("Только для другой школы", "После срока I этапа");
    assertThat(stageReportForms.registeredEvents(cycle.id(), "sosh20", 1)).startsWith("В реестре мероприятий");
  }

  @Test
  void theStageReportSaysHowMuchOfTheStageIsDoneAndWhatWasHeld() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.TEMPLATE, "coordinator");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());
    RoadmapService.RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    List<RoadmapItem> stageOne = view.items().stream().filter(i -> i.stage() == 1).toList();
    for (RoadmapItem item : stageOne.subList(0, 4)) {
      for (ItemMark mark : view.marks().get(item.id())) {
        assignments.recordReport(mark.assignmentId(), "Сделано", null, "coordinator");
        assignments.recordControlDecision(mark.assignmentId(), ApprovalDecision.APPROVED, null);
      }
    }
    EventService.Author methodist = new EventService.Author("methodist", true, false, List.of());
    for (int i = 0; i < 8; i++) {
      events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusDays(20 + i),
          "CONSULTATION", "Консультация по программе развития", null, null, "ONLINE", List.of("sosh6"), 3, null, null),
          methodist);
    }
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().minusMonths(2), "SEMINAR",
        "По функциональной грамотности", "МБОУ СОШ № 5", null, "IN_PERSON", List.of("sosh6"), 30, null, null), methodist);
    events.record(cycle.id(), new EventService.EventInput(cycle.deadlines().stage1Due().plusMonths(1), "SEMINAR",
        "Во втором этапе", null, null, "IN_PERSON", List.of(), null, null, null), methodist);

    MunicipalReport report = reports.generate(cycle.id(), 1, null);

    int total = stageOne.size();
    assertThat(report.narrative().intro())
        .contains("Муниципальная дорожная карта: выполнено 4 из " + total + " мероприятий I этапа, "
            + Math.round(400.0 / total) + " %")
        .contains("По реестру мероприятий за I этап: проведено 8 консультаций, 1 семинар.")
        .contains("«По функциональной грамотности», МБОУ СОШ № 5")
        .doesNotContain("Во втором этапе");
    assertThat(reports.generate(cycle.id(), 2, null).narrative().intro()).contains("Во втором этапе")
        .doesNotContain("По функциональной грамотности");

    ResponseEntity<String> monitoring = http.withBasicAuth("curator1", "demo")
        .getForEntity("/app/monitoring/cycles/" + cycle.id() + "/roadmap", String.class);
    assertThat(monitoring.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(monitoring.getBody()).contains("\"done\":4", "\"title\":\"I этап\"", "\"events\":10");
    ResponseEntity<String> refused = http.withBasicAuth("director.sosh6", "demo")
        .getForEntity("/api/monitoring/cycles/" + cycle.id() + "/roadmap", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Мониторинг доступен");
    assertThat(http.withBasicAuth("head", "demo").getForObject("/app/monitoring", String.class))
        .contains("id=\"municipal-roadmap\"", "/app/monitoring/roadmap.js");
  }
}
