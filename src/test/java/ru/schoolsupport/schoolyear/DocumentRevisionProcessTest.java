package ru.schoolsupport.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import org.camunda.bpm.engine.filter.Filter;
import ru.schoolsupport.access.MySchoolsFilter;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.JsonValues;

/**
 * documentRevision path by path, started as its users start it (REST, HTTP Basic) and worked on as they work
 * (the task's form, as the logged-in user): the school opens it and the curator accepts; returned once then
 * accepted; the curator asks and the school revises; refused before acceptance, for a second open revision, and
 * for another school's people. One cycle (one test year) for all: each path has a school of its own.
 */
@SchoolSupportTest
class DocumentRevisionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired RiskProfileService riskProfiles;
  @Autowired SchoolDocumentService documents;
  @Autowired DocumentRevisions revisions;
  @Autowired StageReportRepository stageReports;
  @Autowired SchoolAudit audit;
  @Autowired TestRestTemplate http;
  @Autowired ru.schoolsupport.dossier.SchoolDossier dossier;
  @Autowired ru.schoolsupport.dossier.Watchlist watchlist;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  final ObjectMapper json = new ObjectMapper();

  /** Schools whose documents are accepted, one per path; sosh20's are still being drafted. */
  static final List<String> ACCEPTED = List.of("sosh6", "sosh12", "sosh31", "sosh1");
  static Cycle cycle;

  @BeforeEach
  void schoolsWhoseDocumentsAreAccepted() {
    EngineTestSupport.init(engine);
    synchronized (DocumentRevisionProcessTest.class) {
      if (cycle != null) {
        return;
      }
      cycle = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null));
      for (String code : List.of("sosh6", "sosh12", "sosh31", "sosh1", "sosh20")) {
        cycleSchools.insert(cycle.id(), new Candidate(code, Category.SHNOR, Project.P500, CandidateSource.REGIONAL_LIST,
            "тест"), true, null);
        cycleSchools.setPair(cycle.id(), code, "lyceum7", "curator1");
        ProcessInstance school = runtime.startProcessInstanceByKey(SchoolSupportProcess.KEY,
            cycle.businessKey() + "/" + code, Map.of(SchoolSupportProcess.CYCLE_ID, cycle.id(),
                SchoolSupportProcess.SCHOOL_CODE, code));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RiskFactorSettings.Factor f : riskProfiles.factors(cycle.id())) {
          rows.add(new HashMap<>(Map.of("title", f.title(), "rating", "HIGH", "comment", "")));
        }
        forms.submitTaskForm(taskOf(school.getId()).getId(), Map.of(SchoolSupportProcess.RISK_PROFILE,
            JsonValues.json(rows), SchoolSupportProcess.PRIORITY_RISKS, JsonValues.json(List.of("equipment"))));
        if (code.equals("sosh20")) {
          continue;
        }
        forms.submitTaskForm(taskOf(school.getId()).getId(), documents("https://" + code + ".example.ru/concept"));
        forms.submitTaskForm(taskOf(school.getId()).getId(), Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved"));
        assertThat(school).hasPassed("Event_DocumentsAccepted");
      }
    }
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void theSchoolOpensARevisionAndTheCuratorAcceptsIt() {
    ResponseEntity<String> started = start("director.sosh6", "После отчёта за I этап меняем сроки мероприятий");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance revision = instance(started);
    assertThat(revision).isWaitingAt(DocumentRevisionProcess.TASK_DRAFT);
    Task draft = taskOf(revision.getId());
    assertThat(tasks.getIdentityLinksForTask(draft.getId())).anyMatch(l -> "school-sosh6".equals(l.getGroupId()));
    assertThat(draft.getName()).startsWith("МОБУ СОШ № 6 — ");
    // the form opens with the accepted version
    assertThat(tasks.getVariable(draft.getId(), SchoolSupportProcess.CONCEPT_LINK)).isEqualTo("https://sosh6.example.ru/concept");
    assertThat(tasks.getVariable(draft.getId(), "revisionIntro").toString()).contains("школой")
        .contains("меняем сроки мероприятий").contains("Действует принятая версия 1");

    as("director.sosh6", () -> forms.submitTaskForm(draft.getId(), revised("https://sosh6.example.ru/concept-2",
        List.of("roadmap", "programmes"), "Сдвинули сроки на II полугодие")));

    assertThat(revision).isWaitingAt(DocumentRevisionProcess.TASK_REVIEW);
    Task review = taskOf(revision.getId());
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(l -> "curator1".equals(l.getUserId()));
    assertThat(tasks.getVariable(review.getId(), "documentsSummary").toString())
        .contains("меняем сроки мероприятий").contains("дорожная карта, антирисковые программы")
        .contains("Сдвинули сроки на II полугодие").contains("Версия 2");
    // under review, the accepted version stays the current one
    assertThat(cycleSchools.find(cycle.id(), "sosh6").orElseThrow().documentsStatus()).isEqualTo(SchoolDocumentService.ACCEPTED);
    assertThat(documents.acceptedVersion(cycle.id(), "sosh6")).contains(1);

    as("curator1", () -> forms.submitTaskForm(review.getId(), Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved")));

    assertThat(revision).hasPassed(DocumentRevisionProcess.EVENT_ACCEPTED).isEnded();
    assertThat(documents.acceptedVersion(cycle.id(), "sosh6")).contains(2);
    assertThat(cycleSchools.find(cycle.id(), "sosh6").orElseThrow().documentsStatus()).isEqualTo(SchoolDocumentService.ACCEPTED);
    assertThat(revisions.open("sosh6")).isEmpty();
    assertThat(revisions.of(cycle.id(), "sosh6")).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(DocumentRevisions.ACCEPTED);
      assertThat(r.openedBy()).isEqualTo("director.sosh6");
      assertThat(r.byCurator()).isFalse();
    });
    assertThat(audit.of(cycle.id(), "sosh6")).filteredOn(e -> e.auditField() == AuditField.DOCUMENTS_REVISION)
        .extracting(SchoolAudit.Entry::newValue).containsExactly("принята", "открыта"); // newest first
    // the stage reports report on the newest accepted version
    assertThat(stageReports.plan(cycle.id(), "sosh6").programmes()).isNotEmpty();
    // the dossier shows the revision with its reason, and version 2 as the current one, version 1 kept
    Map<String, Object> view = dossier.view(cycle, cycleSchools.find(cycle.id(), "sosh6").orElseThrow(), "curator1",
        false, false);
    assertThat(view.get("revisions").toString()).contains("меняем сроки мероприятий").contains("новая версия принята");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> versions = (List<Map<String, Object>>) view.get("documents");
    assertThat(versions).extracting(v -> v.get("version"), v -> v.get("current"), v -> v.get("revisionNote"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true, "Сдвинули сроки на II полугодие"),
            org.assertj.core.groups.Tuple.tuple(1, false, null));
  }

  @Test
  void returnedOnceThenAccepted() {
    ProcessInstance revision = instance(start("director.sosh12", "Новые показатели по итогам диагностики"));
    as("director.sosh12", () -> forms.submitTaskForm(taskOf(revision.getId()).getId(),
        revised("https://sosh12.example.ru/concept-2", List.of("concept"), "Переписали концепцию")));
    assertThatThrownBy(() -> as("curator1", () -> forms.submitTaskForm(taskOf(revision.getId()).getId(),
        Map.of(SchoolSupportProcess.REVIEW_DECISION, "returned"))))
        .isInstanceOf(FormInputException.class).hasMessageContaining("хотя бы к одному документу");
    as("curator1", () -> forms.submitTaskForm(taskOf(revision.getId()).getId(), Map.of(
        SchoolSupportProcess.REVIEW_DECISION, "returned", SchoolSupportProcess.CONCEPT_COMMENT, "Нет целей на год")));

    assertThat(revision).isWaitingAt(DocumentRevisionProcess.TASK_DRAFT);
    Task again = taskOf(revision.getId());
    assertThat(tasks.getVariable(again.getId(), "curatorComments").toString()).contains("Нет целей на год");
    assertThat(tasks.getVariable(again.getId(), DocumentRevisionProcess.REVISION_NOTE)).isEqualTo("Переписали концепцию");
    assertThat(tasks.getVariable(again.getId(), SchoolSupportProcess.CONCEPT_LINK))
        .isEqualTo("https://sosh12.example.ru/concept-2");
    assertThat(documents.acceptedVersion(cycle.id(), "sosh12")).contains(1);

    as("director.sosh12", () -> forms.submitTaskForm(again.getId(),
        revised("https://sosh12.example.ru/concept-3", List.of("concept"), "Добавили цели на год")));
    as("curator1", () -> forms.submitTaskForm(taskOf(revision.getId()).getId(),
        Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved")));

    assertThat(revision).isEnded();
    assertThat(documents.acceptedVersion(cycle.id(), "sosh12")).contains(3);
    assertThat(documents.latest(cycle.id(), "sosh12").orElseThrow().documents().conceptLink())
        .isEqualTo("https://sosh12.example.ru/concept-3");
    assertThat(documents.reviews(cycle.id(), "sosh12")).extracting(DocumentReview::version, DocumentReview::accepted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(3, true));
  }

  @Test
  void theCuratorAsksAndTheSchoolRevises() {
    ResponseEntity<String> started = start("curator1", "На выездной проверке выявлены устаревшие мероприятия");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance revision = instance(started);
    assertThat(revision).isWaitingAt(DocumentRevisionProcess.TASK_CHOOSE_SCHOOL);
    Task choose = taskOf(revision.getId());
    assertThat(choose.getAssignee()).isEqualTo("curator1");
    String options = tasks.getVariable(choose.getId(), DocumentRevisionProcess.SCHOOL_OPTIONS).toString();
    assertThat(options).contains(cycle.id() + ":sosh31").doesNotContain(cycle.id() + ":sosh20");
    // a school not offered (its documents are not accepted) is refused, nothing changes
    assertThatThrownBy(() -> as("curator1", () -> forms.submitTaskForm(choose.getId(),
        Map.of(DocumentRevisionProcess.SCHOOL_CHOICE, cycle.id() + ":sosh20"))))
        .isInstanceOf(FormInputException.class).hasMessageContaining("«Школа»");
    assertThat(revisions.open("sosh20")).isEmpty();

    as("curator1", () -> forms.submitTaskForm(choose.getId(),
        Map.of(DocumentRevisionProcess.SCHOOL_CHOICE, cycle.id() + ":sosh31")));

    assertThat(revision).isWaitingAt(DocumentRevisionProcess.TASK_DRAFT);
    Task draft = taskOf(revision.getId());
    assertThat(tasks.getIdentityLinksForTask(draft.getId())).anyMatch(l -> "school-sosh31".equals(l.getGroupId()));
    assertThat(tasks.getVariable(draft.getId(), "revisionIntro").toString()).contains("по просьбе куратора")
        .contains("устаревшие мероприятия");
    as("director.sosh31", () -> forms.submitTaskForm(draft.getId(),
        revised("https://sosh31.example.ru/concept", List.of("programmes"), "Заменили мероприятия")));
    as("curator1", () -> forms.submitTaskForm(taskOf(revision.getId()).getId(),
        Map.of(SchoolSupportProcess.REVIEW_DECISION, "approved")));

    assertThat(revision).isEnded();
    assertThat(revisions.of(cycle.id(), "sosh31")).singleElement().satisfies(r -> {
      assertThat(r.byCurator()).isTrue();
      assertThat(r.openedBy()).isEqualTo("curator1");
    });
    assertThat(documents.acceptedVersion(cycle.id(), "sosh31")).contains(2);
  }

  @Test
  void documentsNotYetAcceptedAreRefused() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(DocumentRevisionProcess.KEY).count();
    ResponseEntity<String> answer = start("director.sosh20", "Хотим поменять");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("ещё не приняты");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DocumentRevisionProcess.KEY).count())
        .isEqualTo(before);
    assertThat(revisions.open("sosh20")).isEmpty();
  }

  @Test
  void aSecondOpenRevisionIsRefusedAndAnotherSchoolCannotSeeOrWorkOnIt() {
    watchlist.watch("curator1", "sosh1");
    ProcessInstance revision = instance(start("director.sosh1", "Обновляем дорожную карту"));
    // a watcher's «Мои школы» takes the new instance in
    Filter mySchools = filters.createFilterQuery().filterName(MySchoolsFilter.NAME).filterOwner("curator1").singleResult();
    assertThat(filters.<Task>list(mySchools.getId())).extracting(Task::getProcessInstanceId).contains(revision.getId());
    watchlist.unwatch("curator1", "sosh1");
    ResponseEntity<String> second = start("director.sosh1", "Ещё одна");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(second.getBody()).contains("уже открыта актуализация");
    assertThat(revisions.curatorOptions("curator1")).noneMatch(o -> o.get("value").endsWith(":sosh1"));

    // another school's people: not in their task list, not to be read or completed
    Task draft = taskOf(revision.getId());
    assertThat(call("director.sosh6", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + revision.getId(), null)
        .getBody()).isEqualTo("[]");
    assertThat(call("director.sosh6", HttpMethod.GET, "/engine-rest/task/" + draft.getId() + "/form-variables", null)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/submit-form",
        "{\"variables\":{\"revisionNote\":{\"value\":\"чужое\",\"type\":\"String\"}}}").getStatusCode().value())
        .isIn(403, 404);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(revision.getId()).count()).isOne();
    // and a user of no school and no curator may not start one at all
    assertThat(start("methodist", "Просто так").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // what the process sets may not be submitted, at the start or in a task
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/process-definition/key/documentRevision/submit-form",
        "{\"variables\":{\"revisionReason\":{\"value\":\"x\",\"type\":\"String\"},"
            + "\"schoolCode\":{\"value\":\"sosh1\",\"type\":\"String\"}}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call("director.sosh1", HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/submit-form",
        "{\"variables\":{\"revisionId\":{\"value\":1,\"type\":\"Long\"}}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private Map<String, Object> documents(String conceptLink) {
    return new LinkedHashMap<>(Map.of(SchoolSupportProcess.CONCEPT_LINK, conceptLink,
        SchoolSupportProcess.ROADMAP_LINK, "https://school.example.ru/roadmap",
        SchoolSupportProcess.PROGRAMMES, JsonValues.json(List.of(Map.of("riskTitle", "Низкий уровень оснащения школы",
            "goal", "Снизить влияние риска", "tasks", "Обновить оборудование",
            "measures", List.of(Map.of("what", "Провести педсовет", "deadline", cycle.startYear() + "-03-15",
                "responsible", "Заместитель директора по УВР")),
            "indicators", List.of(Map.of("name", "Доля уроков с цифровым оборудованием, %", "baseline", 10,
                "target", 40)))))));
  }

  private Map<String, Object> revised(String conceptLink, List<String> which, String note) {
    Map<String, Object> form = documents(conceptLink);
    form.put(DocumentRevisionProcess.REVISED_DOCUMENTS, JsonValues.json(which));
    form.put(DocumentRevisionProcess.REVISION_NOTE, note);
    return form;
  }

  private Task taskOf(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void as(String login, Runnable work) {
    identity.setAuthentication(login, identity.createGroupQuery().groupMember(login).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessInstance instance(ResponseEntity<String> started) {
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    try {
      JsonNode body = json.readTree(started.getBody());
      return runtime.createProcessInstanceQuery().processInstanceId(body.path("id").asText()).singleResult();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> start(String user, String reason) {
    return call(user, HttpMethod.POST, "/engine-rest/process-definition/key/documentRevision/submit-form",
        "{\"variables\":{\"revisionReason\":{\"value\":\"" + reason + "\",\"type\":\"String\"}}}");
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class,
        Map.of());
  }
}
