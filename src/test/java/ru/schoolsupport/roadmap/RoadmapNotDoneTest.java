package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.AssignmentStatus;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.reporting.MunicipalReportService;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * An item's executor reports it not done, with the reason (issue #24): accepted, the item reads «Не выполнено:
 * <причина> (<кто>, <дата>)» on the page and in the exports and stays counted, not done; returned, the executor
 * may still do it.
 */
@SchoolSupportTest
class RoadmapNotDoneTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired RoadmapService roadmaps;
  @Autowired AssignmentService assignments;
  @Autowired MunicipalReportService reports;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @Test
  void notDoneAcceptedStaysInTheCountAsNotDoneAndNotDoneReturnedCanStillBeDone() throws Exception {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), RoadmapService.DraftSource.TEMPLATE, "coordinator");
    roadmaps.submit(cycle.id());
    roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head");
    roadmaps.startTracking(cycle.id());
    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    RoadmapItem notDone = view.items().get(1); // the coordinators' «Анализ эффективности принятых мер»
    RoadmapItem returned = view.items().get(2); // the base organisation's
    ItemMark mark = view.marks().get(notDone.id()).get(0);
    ProcessInstance control = controlOf(mark);

    // not done, with the reason: the coordinator reads which it is
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      forms.submitTaskForm(task(control).getId(), withVariables(AssignmentProcess.EXECUTION_RESULT, "notDone",
          AssignmentProcess.EXECUTION_REPORT, "Справка не подготовлена: нет данных мониторинга"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(control).isWaitingAt(AssignmentProcess.TASK_CHECK_EXECUTION);
    assertThat(tasks.getVariable(task(control).getId(), "executionReportSummary").toString())
        .contains("Исполнитель сообщает: не выполнено.", "Причина:", "Справка не подготовлена");
    assertThat(RoadmapMarks.text(roadmaps.view(cycle.id()).orElseThrow(), notDone, roadmaps, java.time.ZoneId.of("UTC")))
        .isEqualTo("Отметка «не выполнено» на проверке у координатора");

    forms.submitTaskForm(task(control).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.APPROVED));

    assertThat(control).isEnded().hasPassed(AssignmentProcess.END_DONE);
    assertThat(assignments.get(mark.assignmentId()).status()).isEqualTo(AssignmentStatus.NOT_DONE);
    RoadmapView after = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(after.itemDone(notDone)).isFalse();
    assertThat(after.itemNotDone(notDone)).isTrue();
    int total = after.items().size();
    assertThat(after.overall()).isEqualTo(new RoadmapService.Completion(0, total, 1));
    String markText = RoadmapMarks.text(after, notDone, roadmaps, java.time.ZoneId.of("UTC"));
    assertThat(markText).startsWith("Не выполнено: Справка не подготовлена: нет данных мониторинга (")
        .matches(".*, \\d\\d\\.\\d\\d\\.\\d{4}\\)$");

    // not done, returned: the executor does it after all
    ProcessInstance second = controlOf(after.marks().get(returned.id()).get(0));
    forms.submitTaskForm(task(second).getId(), withVariables(AssignmentProcess.EXECUTION_RESULT, "notDone",
        AssignmentProcess.EXECUTION_REPORT, "Не успели провести семинар"));
    forms.submitTaskForm(task(second).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.RETURNED, AssignmentProcess.CONTROL_COMMENT, "Семинар можно провести онлайн"));
    assertThat(second).isWaitingAt(AssignmentProcess.TASK_EXECUTE);
    forms.submitTaskForm(task(second).getId(), withVariables(AssignmentProcess.EXECUTION_RESULT, "done",
        AssignmentProcess.EXECUTION_REPORT, "Семинар проведён онлайн 12 марта"));
    assertThat(tasks.getVariable(task(second).getId(), "executionReportSummary").toString())
        .startsWith("**Отчёт об исполнении:** Семинар проведён");
    forms.submitTaskForm(task(second).getId(), withVariables(AssignmentProcess.CONTROL_DECISION,
        ApprovalDecision.APPROVED));
    assertThat(second).isEnded();
    RoadmapView end = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(end.itemDone(returned)).isTrue();
    assertThat(end.overall()).isEqualTo(new RoadmapService.Completion(1, total, 1));
    assertThat(RoadmapExports.completionText(end.overall())).isEqualTo("выполнено 1 из " + total + " мероприятий ("
        + Math.round(100.0 / total) + " %), не выполнено 1");

    // the report line, the page and the exports
    int stage = notDone.stage();
    assertThat(RoadmapReportPart.roadmapLine(end, stage)).contains("этапа, " + end.ofStage(stage).percent()
        + " %, не выполнено 1 (всего по дорожной карте");
    String page = http.withBasicAuth("head", "demo").getForObject("/app/cycles/" + cycle.id() + "/roadmap",
        String.class);
    assertThat(page).contains("class=\"notdone\">Не выполнено: Справка не подготовлена", "не выполнено 1");
    byte[] docx = http.withBasicAuth("head", "demo").getForObject("/app/cycles/" + cycle.id() + "/roadmap.docx",
        byte[].class);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains(markText);
    }
    byte[] xlsx = http.withBasicAuth("head", "demo").getForObject("/app/cycles/" + cycle.id() + "/roadmap.xlsx",
        byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      StringBuilder cells = new StringBuilder();
      workbook.getSheet(RoadmapExports.ROADMAP_SHEET).forEach(row -> row.forEach(c -> cells.append(c).append('|')));
      assertThat(cells.toString()).contains(markText);
    }
  }

  private ProcessInstance controlOf(ItemMark mark) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(AssignmentProcess.businessKey(mark.assignmentId())).singleResult();
  }
}
