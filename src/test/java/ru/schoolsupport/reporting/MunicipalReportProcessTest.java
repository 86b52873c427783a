package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * municipalReport path by path, as the coordinator and the head go through it: approved at once;
 * returned with a comment, then approved; an empty or too long text refused. Each ends with one
 * message to the regional institute carrying both files.
 */
@SchoolSupportTest
class MunicipalReportProcessTest {

  static final String INSTITUTE = "cokio@iro.example.ru";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired StageReportRepository stageReports;
  @Autowired MunicipalReportService reports;
  @Autowired MailOutbox outbox;
  @Autowired WorkCalendar calendar;
  @Autowired TestRestTemplate rest;

  Cycle cycle;
  ProcessInstance process;

  @BeforeEach
  void aStageOneReportIsDue() {
    EngineTestSupport.init(engine);
    cycle = ReportingFixtures.cycleWithStageOneReports(cycles, cycleSchools, stageReports);
    // as annualCycle calls it: ${1} is a Long
    process = runtime.startProcessInstanceByKey(MunicipalReportProcess.KEY, cycle.businessKey() + "/report-1",
        Map.of(MunicipalReportProcess.CYCLE_ID, cycle.id(), MunicipalReportProcess.REPORT_STAGE, 1L));
    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_GENERATE);
    executeJob(process);
  }

  @Test
  void approvedAtOnceTheReportGoesToTheRegionalInstituteWithBothFiles() throws Exception {
    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_PREPARE);
    assertThat(task(process)).hasCandidateGroup("coordinators");
    assertThat(task(process).getDueDate()).isEqualTo(calendar.dueAt(cycle.deadlines().stage1Due()));
    String taskId = task(process).getId();
    assertThat(tasks.getVariable(taskId, MunicipalReportProcess.REPORT_TITLE))
        .isEqualTo("Муниципальный отчёт за I этап, " + cycle.startYear());
    assertThat(tasks.getVariable(taskId, "reportFiles").toString())
        .contains("/app/cycles/" + cycle.id() + "/municipal-reports/1.xlsx")
        .contains("/app/cycles/" + cycle.id() + "/municipal-reports/1.docx");
    assertThat(tasks.getVariable(taskId, "reportSummary").toString())
        .contains("**Школ в перечне:** 3").contains("**МАОУ СОШ № 12** — 40 %, красный");
    assertThat(tasks.getVariable(taskId, "headComment")).isEqualTo("");
    String intro = (String) tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO);
    assertThat(intro).contains("включено 3 школы");

    completeAs("coordinator", Map.of(MunicipalReportProcess.REPORT_INTRO, intro + "\nДобавлено координатором <img src=x>.",
        MunicipalReportProcess.REPORT_PROBLEMS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_PROBLEMS),
        MunicipalReportProcess.REPORT_DECISIONS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_DECISIONS)));

    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_APPROVE);
    assertThat(task(process)).hasCandidateGroup("heads");
    assertThat(tasks.getVariable(task(process).getId(), "reportText").toString())
        .as("what the coordinator typed reads as text in the head's form (a JSON string: «\\n», «\\\\»)")
        .contains("\\n\\nДобавлено координатором &lt;img src=x&gt;\\\\.\\n\\n").doesNotContain("<img");
    MunicipalReport submitted = reports.find(cycle.id(), 1).orElseThrow();
    assertThat(submitted.status()).isEqualTo(MunicipalReportStatus.SUBMITTED);
    assertThat(submitted.round()).isEqualTo(1);
    assertThat(submitted.preparedBy()).isEqualTo("coordinator");
    assertThat(docxText(reports.document(cycle.id(), 1).orElseThrow()))
        .as("the DOCX is made again with the edited text").contains("Добавлено координатором <img src=x>.")
        .contains("Баранова Е.В.").doesNotContain("____");

    completeAs("head", Map.of(MunicipalReportProcess.REPORT_DECISION, MunicipalReportProcess.APPROVED,
        MunicipalReportProcess.REPORT_DECISION_COMMENT, ""));
    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_SEND);
    executeJob(process);

    assertThat(process).isEnded().hasPassed(MunicipalReportProcess.END_SENT);
    MunicipalReport sent = reports.find(cycle.id(), 1).orElseThrow();
    assertThat(sent.status()).isEqualTo(MunicipalReportStatus.SENT);
    assertThat(sent.sentTo()).isEqualTo(INSTITUTE);
    assertThat(sent.approvedBy()).isEqualTo("head");
    assertThat(sent.sentAt()).isNotNull();
    assertThat(reports.rounds(sent.id())).extracting(MunicipalReportRepository.Round::decision)
        .containsExactly("APPROVED");

    List<MailMessage> mail = outbox.sentOrQueuedTo(INSTITUTE).stream()
        .filter(m -> m.subject().contains("Муниципальный отчёт за I этап, " + cycle.startYear())).toList();
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).subject()).isEqualTo("Управление образования г. Приреченска: Муниципальный отчёт за I этап, "
        + cycle.startYear());
    assertThat(mail.get(0).body()).contains("отчёт о выполнении I этапа").contains("школ в перечне — 3")
        .contains("Отчёт утверждён: Начальник управления образования Орлова М.С.").contains("Контактное лицо:");
    assertThat(mail.get(0).attachments()).extracting(MailMessage.Attachment::contentType)
        .containsExactly(MailMessage.XLSX, MailMessage.DOCX);
    assertThat(mail.get(0).attachments()).extracting(MailMessage.Attachment::fileName)
        .allMatch(name -> name.startsWith("Муниципальный отчёт за I этап"));

    // the sent report stays downloadable with the cycle, behind the staff login
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("head", "demo")
        .getForEntity("/app/cycles/{cycle}/municipal-reports/1.xlsx", byte[].class, cycle.id());
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getBody()).isEqualTo(mail.get(0).attachments().get(0).content());
    assertThat(rest.getForEntity("/app/cycles/{cycle}/municipal-reports/1.docx", byte[].class, cycle.id())
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/app/cycles/{cycle}/municipal-reports", String.class, cycle.id()).getBody())
        .contains("Направлен в региональный институт").contains(INSTITUTE);
    assertThat(rest.withBasicAuth("coordinator", "demo")
        .getForEntity("/app/cycles/{cycle}/municipal-reports/2.docx", byte[].class, cycle.id()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void returnedWithACommentGoesBackToTheCoordinatorAndIsApprovedInTheSecondRound() {
    submitAsLoaded();
    assertThatThrownBy(() -> completeAs("head", Map.of(MunicipalReportProcess.REPORT_DECISION,
        MunicipalReportProcess.RETURNED, MunicipalReportProcess.REPORT_DECISION_COMMENT, "")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Комментарий");
    completeAs("head", Map.of(MunicipalReportProcess.REPORT_DECISION, MunicipalReportProcess.RETURNED,
        MunicipalReportProcess.REPORT_DECISION_COMMENT, "Добавьте, какую помощь окажем СОШ № 12"));

    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_PREPARE);
    String taskId = task(process).getId();
    assertThat(tasks.getVariable(taskId, "headComment")).isEqualTo("Добавьте, какую помощь окажем СОШ № 12");
    assertThat(reports.find(cycle.id(), 1).orElseThrow().status()).isEqualTo(MunicipalReportStatus.RETURNED);
    String decisions = (String) tasks.getVariable(taskId, MunicipalReportProcess.REPORT_DECISIONS);
    completeAs("coordinator", Map.of(
        MunicipalReportProcess.REPORT_INTRO, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO),
        MunicipalReportProcess.REPORT_PROBLEMS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_PROBLEMS),
        MunicipalReportProcess.REPORT_DECISIONS, decisions + "\n6. Методическому кабинету провести выездной семинар в МАОУ СОШ № 12."));

    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_APPROVE);
    assertThat(tasks.getVariable(task(process).getId(), MunicipalReportProcess.REPORT_DECISION))
        .as("the head decides afresh in each round").isEqualTo("");
    assertThat(tasks.getVariable(task(process).getId(), MunicipalReportProcess.REPORT_DECISION_COMMENT)).isEqualTo("");
    assertThat(tasks.getVariable(task(process).getId(), "reportSummary").toString())
        .contains("Отчёт направлялся начальнику: 2 раза");
    completeAs("head", Map.of(MunicipalReportProcess.REPORT_DECISION, MunicipalReportProcess.APPROVED,
        MunicipalReportProcess.REPORT_DECISION_COMMENT, ""));
    executeJob(process);

    assertThat(process).isEnded().hasPassed(MunicipalReportProcess.END_SENT);
    MunicipalReport sent = reports.find(cycle.id(), 1).orElseThrow();
    assertThat(sent.round()).isEqualTo(2);
    assertThat(sent.narrative().decisions()).endsWith("выездной семинар в МАОУ СОШ № 12.");
    assertThat(reports.rounds(sent.id())).extracting(MunicipalReportRepository.Round::decision)
        .containsExactly("RETURNED", "APPROVED");
    assertThat(reports.rounds(sent.id()).get(0).comment()).isEqualTo("Добавьте, какую помощь окажем СОШ № 12");
    assertThat(outbox.sentOrQueuedTo(INSTITUTE))
        .filteredOn(m -> m.subject().endsWith("Муниципальный отчёт за I этап, " + cycle.startYear()))
        .hasSize(1).first().satisfies(m -> assertThat(m.attachments()).hasSize(2));
  }

  @Test
  void anEmptyOrTooLongTextIsRefusedAndNothingIsSubmitted() {
    Map<String, Object> form = new HashMap<>();
    form.put(MunicipalReportProcess.REPORT_INTRO, "");
    form.put(MunicipalReportProcess.REPORT_PROBLEMS, "П".repeat(MunicipalReportProcess.MAX_TEXT + 1));
    form.put(MunicipalReportProcess.REPORT_DECISIONS, "1. Принять к сведению.");
    assertThatThrownBy(() -> completeAs("coordinator", form))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("заполните раздел «Общие сведения»")
        .hasMessageContaining("раздел «Ключевые проблемы» длиннее 4000 знаков");
    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_PREPARE);
    assertThat(reports.find(cycle.id(), 1).orElseThrow().status()).isEqualTo(MunicipalReportStatus.DRAFT);
    assertThat(reports.find(cycle.id(), 1).orElseThrow().round()).isZero();
  }

  private void submitAsLoaded() {
    String taskId = task(process).getId();
    completeAs("coordinator", Map.of(
        MunicipalReportProcess.REPORT_INTRO, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_INTRO),
        MunicipalReportProcess.REPORT_PROBLEMS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_PROBLEMS),
        MunicipalReportProcess.REPORT_DECISIONS, tasks.getVariable(taskId, MunicipalReportProcess.REPORT_DECISIONS)));
    assertThat(process).isWaitingAt(MunicipalReportProcess.TASK_APPROVE);
  }

  private void completeAs(String user, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(user.equals("head") ? "heads" : "coordinators"));
    try {
      forms.submitTaskForm(task(process).getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void executeJob(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    management.executeJob(job.getId());
  }

  static String docxText(MunicipalReport.File file) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
      return String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
  }
}
