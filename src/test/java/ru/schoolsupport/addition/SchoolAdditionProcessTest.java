package ru.schoolsupport.addition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;

/**
 * A school added to a running cycle in April: proposed, approved (at once, or after a return), paired
 * within the limits, the amending order drafted and issued; then the school is on the list with its pair
 * and its own deadlines, its year runs, and the order says what changed.
 */
@SchoolSupportTest
class SchoolAdditionProcessTest {

  /** One cycle for every test here (years for test cycles are few): three schools, лицей № 7 full. */
  private static Cycle cycle;
  private static final int YEAR = 2000;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired DirectoryRepository directory;
  @Autowired MunicipalityProperties municipality;
  @Autowired CycleRepository cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired SchoolDeadlines schoolDeadlines;
  @Autowired SchoolAdditionService additions;
  @Autowired AmendingOrderService orders;
  @Autowired MailOutbox outbox;
  @Autowired WorkCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;

  LocalDate today;

  @BeforeEach
  void aRunningCycleInApril() {
    EngineTestSupport.init(engine);
    synchronized (SchoolAdditionProcessTest.class) {
      if (cycle == null) {
        // a year no test cycle has (TestYears gives 2028 to 2100, and is nearly used up), under a key no period has
        long id = cycles.insert(directory.saveMunicipality(municipality), "2000-addition-test", "Цикл 2000 (включение школ)",
            PeriodType.CALENDAR_YEAR, YEAR, PeriodType.CALENDAR_YEAR.defaultDeadlines(YEAR), calendar.now().toInstant());
        Cycle registered = cycles.get(id);
        for (String[] s : new String[][] {{"sosh6", "curator1"}, {"sosh12", "curator1"}, {"sosh31", "curator2"}}) {
          cycleSchools.insert(registered.id(), new Candidate(s[0], Category.SHNOR, Project.P500,
              CandidateSource.REGIONAL_LIST, "тест"), true, null);
          cycleSchools.setPair(registered.id(), s[0], "lyceum7", s[1]);
        }
        cycles.setOrder(registered.id(), "208", LocalDate.of(registered.startYear(), 2, 16));
        cycle = cycles.get(registered.id());
      }
    }
    today = LocalDate.of(cycle.startYear(), 4, 1);
    EngineTestSupport.moveClockTo(today.atTime(10, 0).atZone(calendar.zone()).toInstant());
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
    identity.clearAuthentication();
  }

  @Test
  void approvedAtOnceTheSchoolJoinsWithItsPairItsDeadlinesAndTheAmendingOrder() throws Exception {
    ProcessInstance addition = start();
    Task propose = task(addition);
    assertThat(propose.getTaskDefinitionKey()).isEqualTo(SchoolAdditionProcess.TASK_PROPOSE);
    assertThat(propose.getAssignee()).isEqualTo("coordinator");
    assertThat(options(propose, SchoolAdditionProcess.SCHOOL_OPTIONS)).contains(value("sosh20"))
        .doesNotContain(value("sosh6"), value("sosh12"));
    submit(propose, proposal("sosh20", "REGIONAL_LIST", "приказ министерства образования области от 25.03."
        + cycle.startYear() + " № 312"));

    Task approve = task(addition);
    assertThat(approve.getTaskDefinitionKey()).isEqualTo(SchoolAdditionProcess.TASK_APPROVE);
    assertThat(tasks.getVariable(approve.getId(), "additionSummary").toString()).contains("МОБУ СОШ № 20",
        "приказ от 16.02." + cycle.startYear() + " № 208");
    assertThat(runtime.getVariable(addition.getId(), "schoolName")).isEqualTo("МОБУ СОШ № 20");
    submit(approve, Map.of(SchoolAdditionProcess.DECISION, "approved"));

    Task pair = task(addition);
    assertThat(pair.getTaskDefinitionKey()).isEqualTo(SchoolAdditionProcess.TASK_CHOOSE_PAIR);
    assertThat(options(pair, SchoolAdditionProcess.MENTOR_OPTIONS)).contains("МОБУ лицей № 7 (наставник: 3 из 3)");
    assertThat(tasks.getVariable(pair.getId(), SchoolAdditionProcess.MENTOR)).as("same district, with room")
        .isEqualTo("sosh35");
    // лицей № 7 has three schools already: refused, nothing stored, the task stays
    assertThatThrownBy(() -> submit(pair, Map.of(SchoolAdditionProcess.MENTOR, "lyceum7",
        SchoolAdditionProcess.CURATOR, "curator2")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Школа-наставник")
        .hasMessageContaining("3 из 3");
    assertThat(task(addition).getId()).isEqualTo(pair.getId());
    assertThatThrownBy(() -> submit(pair, Map.of(SchoolAdditionProcess.MENTOR, "sosh6",
        SchoolAdditionProcess.CURATOR, "curator2"))).isInstanceOf(FormInputException.class);
    submit(pair, Map.of(SchoolAdditionProcess.MENTOR, "sosh35", SchoolAdditionProcess.CURATOR, "curator2"));

    Task issue = task(addition);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo(SchoolAdditionProcess.TASK_ISSUE_ORDER);
    long id = additionId(addition);
    assertThat(orders.find(id)).as("the draft").isPresent();
    assertThat(text(orders.find(id).orElseThrow().content())).contains("№ ____");
    assertThat(cycleSchools.find(cycle.id(), "sosh20")).as("on the list only by the order").isEmpty();
    int line = cycleSchools.findIncluded(cycle.id()).size() + 1;
    submit(issue, Map.of(SchoolAdditionProcess.ORDER_NUMBER, "45", SchoolAdditionProcess.ORDER_DATE, today.toString()));

    // on the list, with its reason and pair
    CycleSchool listed = cycleSchools.find(cycle.id(), "sosh20").orElseThrow();
    assertThat(listed.included()).isTrue();
    assertThat(listed.source()).isEqualTo(CandidateSource.DURING_YEAR);
    assertThat(listed.reason()).contains("региональный перечень", "№ 312");
    assertThat(listed.mentorSchoolCode()).isEqualTo("sosh35");
    assertThat(listed.curatorLogin()).isEqualTo("curator2");
    assertThat(additions.get(id).status()).isEqualTo(AdditionStatus.JOINED);
    // its own deadlines: the documents four weeks from today, the stage reports the cycle's
    Map<DeadlineKind, LocalDate> own = schoolDeadlines.overrides(cycle.id(), "sosh20");
    assertThat(own).containsEntry(DeadlineKind.DOCUMENTS, today.plusWeeks(4)).doesNotContainKey(DeadlineKind.STAGE1)
        .doesNotContainKey(DeadlineKind.FINAL);
    assertThat(schoolDeadlines.of(cycle.id(), "sosh20").stage1Due()).isEqualTo(cycle.deadlines().stage1Due());
    // audited
    assertThat(jdbc.sql("select field from ss_school_audit where cycle_id = ? and school_code = ?")
        .params(cycle.id(), "sosh20").query(String.class).list())
        .contains("LIST_ENTRY", "MENTOR_SCHOOL", "CURATOR", "DEADLINE_DOCUMENTS");
    // the school's year runs, as schoolBatch starts it, with its self-assessment due two weeks from today
    ProcessInstance year = runtime.createProcessInstanceQuery().processDefinitionKey(SchoolSupportProcess.KEY)
        .processInstanceBusinessKeyLike(cycle.businessKey() + "/sosh20 · %").singleResult();
    assertThat(year).isNotNull();
    assertThat(runtime.getVariable(year.getId(), SchoolSupportProcess.CYCLE_ID)).isEqualTo(cycle.id());
    assertThat(cycleSchools.find(cycle.id(), "sosh20").orElseThrow().processInstanceId()).isEqualTo(year.getId());
    Task assess = tasks.createTaskQuery().processInstanceId(year.getId()).singleResult();
    assertThat(assess.getTaskDefinitionKey()).isEqualTo(SchoolSupportProcess.TASK_ASSESS_RISKS);
    assertThat(assess.getDueDate()).isEqualTo(calendar.dueAt(today.plusWeeks(2)));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(addition.getId()).singleResult())
        .as("waits for the school's year").isNotNull();

    // the amending order: its title, the changes, the deadlines, the appendix
    byte[] docx = orders.find(id).orElseThrow().content();
    String text = text(docx);
    String y = String.valueOf(cycle.startYear());
    assertThat(text).contains("ПРИКАЗ", "№ 45", "О внесении изменений в приказ от 16.02." + y + " № 208",
        "приказом министерства образования области от 25.03." + y + " № 312",
        "ПРИКАЗЫВАЮ:",
        "1. Внести в приказ от 16.02." + y + " № 208 «Об организации работы со школами с низкими образовательными результатами",
        "1.1. Приложение 1 к приказу «Перечень курируемых школ» дополнить строкой " + line + " следующего содержания: "
            + "«Муниципальное общеобразовательное бюджетное учреждение средняя общеобразовательная школа № 20 — ШНОР — 500+»",
        "1.2. Таблицу пункта 4 приказа дополнить строкой: школа-наставник — МОБУ СОШ № 35 (директор Третьяк Н.В.)",
        "1.3. Таблицу пункта 5 приказа дополнить строкой: куратор — Лебедев И.А.",
        "в срок до " + d(today.plusWeeks(2)), "в срок до " + d(today.plusWeeks(4)),
        "за I этап — до " + d(cycle.deadlines().stage1Due()),
        "Лист ознакомления");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo(line + ".");
      assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText()).isEqualTo("ШНОР");
      assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).startsWith("МОБУ СОШ № 35");
    }
    // sent to the school, its mentor school and curator
    for (String login : List.of("director.sosh20", "director.sosh35", "curator2", "head")) {
      assertThat(outbox.status("amendment:" + id + ":45:" + login)).as(login).isPresent();
    }
    assertThat(outbox.sentOrQueuedTo("director.sosh20@prirechensk-edu.example.ru").stream()
        .anyMatch(m -> m.subject().contains("№ 45") && m.body().contains("самодиагностика — до " + d(today.plusWeeks(2)))))
        .isTrue();

    // managers download it; a school does not
    assertThat(get("coordinator", "/app/additions/" + id + "/order.docx").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("director.sosh20", "/app/additions/" + id + "/order.docx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void returnedOnceThenApproved() {
    ProcessInstance addition = start();
    submit(task(addition), proposal("sosh1", "COLLEGIUM", "протокол заседания коллегии от 20.03." + cycle.startYear() + " № 3"));
    Task approve = task(addition);
    assertThatThrownBy(() -> submit(approve, Map.of(SchoolAdditionProcess.DECISION, "returned")))
        .as("a return says what to change").isInstanceOf(FormInputException.class).hasMessageContaining("Комментарий");
    submit(approve, Map.of(SchoolAdditionProcess.DECISION, "returned",
        SchoolAdditionProcess.DECISION_COMMENT, "Уточните категорию: школа в перечне ШФНСУ"));

    Task again = task(addition);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(SchoolAdditionProcess.TASK_PROPOSE);
    assertThat(tasks.getVariable(again.getId(), "headComment").toString()).contains("Уточните категорию");
    assertThat(tasks.getVariable(again.getId(), SchoolAdditionProcess.SCHOOL)).isEqualTo(value("sosh1"));
    assertThat(tasks.getVariable(again.getId(), SchoolAdditionProcess.REASON)).isEqualTo("COLLEGIUM");
    assertThat(options(again, SchoolAdditionProcess.SCHOOL_OPTIONS)).as("its own school still offered")
        .contains(value("sosh1"));
    Map<String, Object> changed = new HashMap<>(proposal("sosh1", "COLLEGIUM",
        "протокол заседания коллегии от 20.03." + cycle.startYear() + " № 3"));
    changed.put(SchoolAdditionProcess.CATEGORY, "SHFNSU");
    submit(again, changed);
    long id = additionId(addition);
    assertThat(additions.get(id).category()).isEqualTo(Category.SHFNSU);
    assertThat(jdbc.sql("select count(*) from ss_school_addition where process_instance_id = ?")
        .param(addition.getId()).query(Long.class).single()).as("one addition, changed").isOne();

    submit(task(addition), Map.of(SchoolAdditionProcess.DECISION, "approved"));
    submit(task(addition), Map.of(SchoolAdditionProcess.MENTOR, "sosh8", SchoolAdditionProcess.CURATOR, "curator1"));
    submit(task(addition), Map.of(SchoolAdditionProcess.ORDER_NUMBER, "46", SchoolAdditionProcess.ORDER_DATE,
        today.toString()));
    assertThat(cycleSchools.find(cycle.id(), "sosh1").orElseThrow().category()).isEqualTo(Category.SHFNSU);
    assertThat(text(orders.find(id).orElseThrow().content())).contains("по решению коллегии",
        "Основание: протокол заседания коллегии от 20.03." + cycle.startYear() + " № 3");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SchoolSupportProcess.KEY)
        .processInstanceBusinessKeyLike(cycle.businessKey() + "/sosh1 · %").count()).isOne();
  }

  @Test
  void aSchoolAlreadyOnTheListOrWithoutItsActIsRefusedAndNothingIsStored() {
    ProcessInstance addition = start();
    Task propose = task(addition);
    assertThatThrownBy(() -> submit(propose, proposal("sosh6", "OTHER", "")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Школа").hasMessageContaining("уже в перечне");
    assertThatThrownBy(() -> submit(propose, proposal("sosh20x", "REGIONAL_LIST", "")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Документ-основание");
    assertThat(task(addition).getId()).isEqualTo(propose.getId());
    assertThat(jdbc.sql("select count(*) from ss_school_addition where process_instance_id = ?")
        .param(addition.getId()).query(Long.class).single()).isZero();
    runtime.deleteProcessInstance(addition.getId(), "test");
  }

  @Test
  void onlyACoordinatorStartsIt() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(SchoolAdditionProcess.KEY).count();
    for (String user : List.of("director.sosh6", "curator1", "head")) {
      ResponseEntity<String> answer = post(user, "/engine-rest/process-definition/key/addSchool/submit-form",
          "{\"variables\":{}}");
      assertThat(answer.getStatusCode().is2xxSuccessful()).as(user).isFalse();
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SchoolAdditionProcess.KEY).count())
        .isEqualTo(before);
    ResponseEntity<String> typed = post("coordinator", "/engine-rest/process-definition/key/addSchool/submit-form",
        "{\"variables\":{\"additionSchool\":{\"value\":\"" + value("sosh20") + "\",\"type\":\"String\"}}}");
    assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> started = post("coordinator", "/engine-rest/process-definition/key/addSchool/submit-form",
        "{\"variables\":{}}");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(SchoolAdditionProcess.KEY)
        .orderByProcessInstanceId().desc().list().stream()
        .filter(p -> tasks.createTaskQuery().processInstanceId(p.getId()).taskAssignee("coordinator").count() == 1)
        .findFirst().orElseThrow();
    runtime.deleteProcessInstance(instance.getId(), "test");
  }

  // ---- helpers

  ProcessInstance start() {
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      return runtime.startProcessInstanceByKey(SchoolAdditionProcess.KEY);
    } finally {
      identity.clearAuthentication();
    }
  }

  Map<String, Object> proposal(String school, String reason, String basis) {
    Map<String, Object> form = new HashMap<>();
    form.put(SchoolAdditionProcess.CYCLE, String.valueOf(cycle.id()));
    form.put(SchoolAdditionProcess.SCHOOL, value(school));
    form.put(SchoolAdditionProcess.CATEGORY, "SHNOR");
    form.put(SchoolAdditionProcess.PROJECT, "P500");
    form.put(SchoolAdditionProcess.REASON, reason);
    form.put(SchoolAdditionProcess.BASIS, basis);
    form.put(SchoolAdditionProcess.COMMENT, "Школа включена в региональный перечень в марте");
    return form;
  }

  String value(String school) {
    return SchoolAdditionService.schoolValue(cycle.id(), school);
  }

  Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  long additionId(ProcessInstance instance) {
    return ((Number) runtime.getVariable(instance.getId(), SchoolAdditionProcess.ADDITION_ID)).longValue();
  }

  void submit(Task task, Map<String, Object> values) {
    forms.submitTaskForm(task.getId(), values);
  }

  /** The labels and values of a task's options, as the quoted strings of its Json. */
  List<String> options(Task task, String name) {
    return List.of(tasks.getVariable(task.getId(), name).toString().split("\""));
  }

  static String d(LocalDate date) {
    return CycleService.RUSSIAN_DATE.format(date);
  }

  static String text(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        text.append(p.getText()).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<byte[]> get(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, byte[].class);
  }
}
