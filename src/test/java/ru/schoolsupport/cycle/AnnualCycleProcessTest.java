package ru.schoolsupport.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mentoring.CycleOrderService;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.LongText;
import ru.schoolsupport.schoolyear.SchoolSupportProcess;

/**
 * annualCycle path by path, as the coordinator and the head go through it. The demo directory,
 * indicators (2025) and regional list (2026) are loaded; each test uses its own year.
 */
@SchoolSupportTest
class AnnualCycleProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired ListFormationService listFormation;
  @Autowired CycleOrderService orders;
  @Autowired CycleRepository cycles;
  @Autowired MailOutbox outbox;
  @Autowired AuthorizationService authorizations;

  @BeforeEach
  void init() {
    EngineTestSupport.init(engine);
  }

  @Test
  void approvedAtOnceSpawnsASchoolSupportProcessPerSchool() throws Exception {
    ProcessInstance cycle = startCycle("CALENDAR_YEAR", 2041);
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_LIST);
    assertThat(cycle.getBusinessKey()).isEqualTo("2041");
    long cycleId = cycleId(cycle);
    List<String> proposed = listFormation.includedCodes(cycleId);
    assertThat(proposed).containsExactlyInAnyOrder("sosh6", "sosh12", "sosh31", "sosh20");
    assertThat(task(cycle)).hasCandidateGroup("coordinators");
    // the cycle started its roadmap (issue 24): the cycle's id from its process; drafted from the template and
    // approved «приложить к приказу» before the order, it is the order's appendix 2 (checked below)
    ProcessInstance roadmap = runtime.createProcessInstanceQuery().processDefinitionKey("municipalRoadmap")
        .processInstanceBusinessKey("2041/roadmap").singleResult();
    assertThat(roadmap).isNotNull();
    assertThat(runtime.getVariable(roadmap.getId(), "cycleId")).isEqualTo(cycleId);
    assertThat(task(roadmap).getTaskDefinitionKey()).isEqualTo("Task_DraftRoadmap");
    forms.submitTaskForm(task(roadmap).getId(), Map.of("roadmapTitle",
        tasks.getVariable(task(roadmap).getId(), "roadmapTitle"), "roadmapGoal",
        "Создание условий для перевода школ в эффективный режим работы"));
    assertThat(tasks.getVariable(task(roadmap).getId(), "roadmapAttachToOrder")).isEqualTo(true);
    forms.submitTaskForm(task(roadmap).getId(), Map.of("roadmapDecision", "approved", "roadmapAttachToOrder", true));

    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(proposed));
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_APPROVE_LIST);
    assertThat(task(cycle)).hasCandidateGroup("heads");
    assertThat(tasks.getVariable(task(cycle).getId(), "schoolListSummary").toString())
        .contains("В перечне школ: 4").contains("МОБУ СОШ № 6").contains("ШНОР");
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED);

    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_PAIRS);
    // every school got a pair: the form lists each school by name with the proposed choices, and the
    // choices by name with their load against the limit
    List<Map<String, Object>> rows = pairRows(cycle);
    assertThat(rows).extracting(r -> r.get("school")).contains("МОБУ СОШ № 6", "МОБУ СОШ № 20");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("mentor")).isNotNull())
        .allSatisfy(r -> assertThat(r.get("curator")).isNotNull());
    assertThat(row(rows, "МОБУ СОШ № 6").get("mentor")).isEqualTo("lyceum7");
    assertThat(tasks.getVariable(task(cycle).getId(), "mentorOptions").toString())
        .contains("МОБУ лицей № 7").contains("(наставник: 1 из 3)").contains("\"value\":\"sosh8\"");
    assertThat(tasks.getVariable(task(cycle).getId(), "curatorOptions").toString())
        .containsPattern("\\(куратор: [0-9] из 3 школ\\)").contains("\"value\":\"curator2\"");
    // one change: another mentor school and curator for one school; the others keep their pairs
    row(rows, "МОБУ СОШ № 20").put("mentor", "sosh8");
    row(rows, "МОБУ СОШ № 20").put("curator", "curator2");
    complete(cycle, AnnualCycleProcess.MENTOR_PAIRS, JsonValues.json(rows));
    assertThat(listFormation.included(cycleId)).filteredOn(s -> s.schoolCode().equals("sosh20")).singleElement()
        .satisfies(s -> {
          assertThat(s.mentorSchoolCode()).isEqualTo("sosh8");
          assertThat(s.curatorLogin()).isEqualTo("curator2");
        });
    assertThat(listFormation.included(cycleId)).filteredOn(s -> s.schoolCode().equals("sosh6")).singleElement()
        .satisfies(s -> assertThat(s.mentorSchoolCode()).isEqualTo("lyceum7"));
    complete(cycle, AnnualCycleProcess.PAIRS_DECISION, AnnualCycleProcess.APPROVED);

    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_ISSUE_ORDER);
    assertThat(orders.find(cycleId)).isPresent();
    complete(cycle, AnnualCycleProcess.ORDER_NUMBER, "208", AnnualCycleProcess.ORDER_DATE,
        java.time.LocalDate.now().toString());

    // the schools' processes are spawned by an asynchronous multi-instance body, while the reporting
    // branch waits for the schools' stage I reports
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.SCHOOL_BATCHES,
        AnnualCycleProcess.EVENT_STAGE1_REPORTS_DUE);
    Job spawn = management.createJobQuery().processInstanceId(cycle.getId()).messages().singleResult();
    management.executeJob(spawn.getId());

    List<ProcessInstance> schools = runtime.createProcessInstanceQuery()
        .processDefinitionKey(SchoolSupportProcess.KEY).variableValueEquals(AnnualCycleProcess.CYCLE_ID, cycleId).list();
    // each key begins with the cycle's and the school's code, then says the school and its stage
    assertThat(schools).extracting(p -> p.getBusinessKey().split(" · ")[0])
        .containsExactlyInAnyOrder("2041/sosh6", "2041/sosh12", "2041/sosh31", "2041/sosh20");
    assertThat(schools).extracting(ProcessInstance::getBusinessKey).allMatch(key -> key.endsWith(" · Самодиагностика"))
        .anyMatch(key -> key.startsWith("2041/sosh6 · МОБУ СОШ № 6"));
    for (CycleSchool school : listFormation.included(cycleId)) {
      assertThat(school.processInstanceId()).isNotNull();
      assertThat(school.mentorSchoolCode()).isNotNull();
      assertThat(school.curatorLogin()).isNotNull();
    }
    ProcessInstance sosh6 = schools.stream().filter(p -> p.getBusinessKey().startsWith("2041/sosh6 · ")).findFirst().orElseThrow();
    assertThat(sosh6).isWaitingAt(SchoolSupportProcess.TASK_ASSESS_RISKS);
    assertThat(task(sosh6)).hasCandidateGroup("school-sosh6");
    // its curator and its mentor school's people may read (not work on) the school's task; another school may not
    CycleSchool sosh6Pair = listFormation.included(cycleId).stream().filter(s -> s.schoolCode().equals("sosh6"))
        .findFirst().orElseThrow();
    String taskId = task(sosh6).getId();
    assertThat(authorizations.isUserAuthorized(sosh6Pair.curatorLogin(), List.of("curators"), Permissions.READ,
        Resources.TASK, taskId)).isTrue();
    assertThat(authorizations.isUserAuthorized("director.lyceum7", List.of("directors", "school-lyceum7"),
        Permissions.READ, Resources.TASK, taskId)).isTrue();
    assertThat(authorizations.isUserAuthorized("director.lyceum7", List.of("directors", "school-lyceum7"),
        Permissions.UPDATE, Resources.TASK, taskId)).isFalse();
    assertThat(authorizations.isUserAuthorized("director.sosh12", List.of("directors", "school-sosh12"),
        Permissions.READ, Resources.TASK, taskId)).isFalse();

    // the order is final, kept with the cycle, and went to everyone it names
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(orders.find(cycleId).orElseThrow().content()))) {
      assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList()).anyMatch(t -> t.contains("№ 208"));
      String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
      assertThat(text).contains("Утвердить муниципальную дорожную карту организационно-методического сопровождения",
              "(приложение 2).", "Приложение 2 к приказу от", "Содержание деятельности", "Сроки реализации",
              "Ответственный исполнитель", "Отметка о выполнении", " этап", "Цель: создание условий");
      assertThat(text.indexOf("Приложение 1 к приказу")).isLessThan(text.indexOf("Приложение 2 к приказу"));
      assertThat(text.indexOf("Приложение 2 к приказу")).isLessThan(text.indexOf("Лист ознакомления"));
    }
    assertThat(outbox.sentOrQueuedTo("director.sosh6@prirechensk-edu.example.ru"))
        .anyMatch(m -> m.subject().contains("№ 208") && m.body().contains("Школа-наставник: МОБУ лицей № 7")
            && m.attachments().size() == 1);
    assertThat(outbox.sentOrQueuedTo("director.lyceum7@prirechensk-edu.example.ru"))
        .anyMatch(m -> m.subject().contains("№ 208") && m.body().contains("МОБУ СОШ № 6"));
    assertThat(cycles.get(cycleId).orderNumber()).isEqualTo("208");
  }

  @Test
  void theListReturnedByTheHeadGoesBackWithTheCommentAndIsApprovedNext() {
    ProcessInstance cycle = startCycle("SCHOOL_YEAR", 2042);
    assertThat(cycle.getBusinessKey()).isEqualTo("2042/43");
    long cycleId = cycleId(cycle);

    assertThatThrownBy(() -> complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(List.of("sosh6"))))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Обоснование изменений");
    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(List.of("sosh6", "sosh1")),
        AnnualCycleProcess.LIST_CHANGE_COMMENT, "СОШ № 1 — по итогам мониторинга; остальные — на уровне региона");
    assertThatThrownBy(() -> complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.RETURNED))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Комментарий");
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.RETURNED,
        AnnualCycleProcess.LIST_DECISION_COMMENT, "Верните **СОШ № 20** <img src=x>");

    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_LIST);
    assertThat(tasks.getVariable(task(cycle).getId(), "headComment")).as("the head's comment reads as typed")
        .isEqualTo("Верните \\*\\*СОШ № 20\\*\\* &lt;img src=x&gt;");
    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(List.of("sosh6", "sosh1", "sosh20")),
        AnnualCycleProcess.LIST_CHANGE_COMMENT, "СОШ № 20 возвращена по решению начальника");
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED);

    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_PAIRS);
    assertThat(listFormation.includedCodes(cycleId)).containsExactlyInAnyOrder("sosh6", "sosh1", "sosh20");
    assertThat(listFormation.all(cycleId)).filteredOn(s -> !s.included()).extracting(CycleSchool::schoolCode)
        .containsExactlyInAnyOrder("sosh12", "sosh31");
  }

  @Test
  void anEmptyListEndsTheCycleWithNoSchoolsToSupport() {
    ProcessInstance cycle = startCycle("CALENDAR_YEAR", 2043);
    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(List.of()),
        AnnualCycleProcess.LIST_CHANGE_COMMENT, "Все школы показали положительную динамику");
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED);

    assertThat(cycle).isEnded().hasPassed(AnnualCycleProcess.END_NO_SCHOOLS);
  }

  @Test
  void aMentorOverItsCapacityOrAnUnknownCuratorIsRefused() {
    ProcessInstance cycle = startCycle("CALENDAR_YEAR", 2044);
    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS,
        JsonValues.json(listFormation.includedCodes(cycleId(cycle))));
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED);

    long cycleId = cycleId(cycle);
    List<Map<String, Object>> proposed = pairRows(cycle);
    List<Map<String, Object>> allToOneMentor = pairRows(cycle);
    allToOneMentor.forEach(r -> r.put("mentor", "lyceum7"));
    row(allToOneMentor, "МОБУ СОШ № 20").put("curator", "nobody");
    assertThatThrownBy(() -> complete(cycle, AnnualCycleProcess.MENTOR_PAIRS, JsonValues.json(allToOneMentor)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Поле «Школа-наставник»: за школой «МОБУ лицей № 7» выбрано 4 школы при пределе 3")
        .hasMessageContaining("Поле «Куратор», строка № " + row(allToOneMentor, "МОБУ СОШ № 20").get("ref")
            + " (МОБУ СОШ № 20): выберите куратора из списка");
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_PAIRS);
    // a supervised school as its own mentor is no option either, nor a row the form did not list
    List<Map<String, Object>> selfMentor = pairRows(cycle);
    row(selfMentor, "МОБУ СОШ № 6").put("mentor", "sosh6");
    selfMentor.add(new HashMap<>(Map.of("ref", "99", "school", "—", "mentor", "sosh8", "curator", "curator1")));
    assertThatThrownBy(() -> complete(cycle, AnnualCycleProcess.MENTOR_PAIRS, JsonValues.json(selfMentor)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(МОБУ СОШ № 6): выберите школу из списка")
        .hasMessageContaining("строки № 99 нет в утверждённом перечне");
    // nothing changed: the pairs are still the proposal
    assertThat(listFormation.included(cycleId)).allSatisfy(s -> assertThat(s.mentorSchoolCode())
        .isEqualTo(row(proposed, s.schoolName()).get("mentor")));
    assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_EDIT_PAIRS);
  }

  @Test
  void aSecondCycleForTheSamePeriodIsRefused() {
    startCycle("CALENDAR_YEAR", 2045);
    assertThatThrownBy(() -> startCycle("CALENDAR_YEAR", 2045))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("цикл за 2045 уже идёт");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2045").count()).isEqualTo(1);
  }

  @Test
  void deadlinesOutsideTheCycleAreRefused() {
    Map<String, Object> form = startForm("CALENDAR_YEAR", 2046);
    form.put(AnnualCycleProcess.STAGE1_DUE, "2047-05-31");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, form))
        .isInstanceOf(FormInputException.class).hasMessageContaining("вне периода цикла");
  }

  private ProcessInstance startCycle(String periodType, int year) {
    return runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, startForm(periodType, year));
  }

  private static Map<String, Object> startForm(String periodType, int year) {
    PeriodType type = PeriodType.valueOf(periodType);
    CycleDeadlines d = type.defaultDeadlines(year);
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualCycleProcess.PERIOD_TYPE, periodType);
    form.put(AnnualCycleProcess.START_YEAR, (long) year);
    form.put(AnnualCycleProcess.LIST_DUE, d.listDue().toString());
    form.put(AnnualCycleProcess.DOCUMENTS_DUE, d.documentsDue().toString());
    form.put(AnnualCycleProcess.STAGE1_DUE, null);
    form.put(AnnualCycleProcess.FINAL_DUE, "");
    form.put(AnnualCycleProcess.COORDINATOR, "coordinator");
    return form;
  }

  private long cycleId(ProcessInstance cycle) {
    return ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
  }

  /** The coordinator's rows as the pairs task holds them: {ref, school, mentor, curator}. */
  private List<Map<String, Object>> pairRows(ProcessInstance cycle) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
          tasks.getVariable(task(cycle).getId(), AnnualCycleProcess.MENTOR_PAIRS).toString(),
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> row(List<Map<String, Object>> rows, String school) {
    return rows.stream().filter(r -> school.equals(r.get("school"))).findFirst().orElseThrow();
  }

  private void complete(ProcessInstance cycle, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    forms.submitTaskForm(task(cycle).getId(), variables);
  }
}
