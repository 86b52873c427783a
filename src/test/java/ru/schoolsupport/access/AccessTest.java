package ru.schoolsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentProcess;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Who sees what, tried from outside as the users would: over REST with their own logins. A school's
 * people see only their school's tasks and cannot read, claim or complete another school's task;
 * managers see everything; the Tasklist filters exist once each and go to the right groups.
 */
@SchoolSupportTest
class AccessTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired AssignmentService assignments;
  @Autowired WorkCalendar calendar;
  @Autowired AccessSetup accessSetup;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  String sosh6Task;
  String sosh12Task;

  @BeforeEach
  void twoSchoolsHaveWork() {
    sosh6Task = issueTo("sosh6");
    sosh12Task = issueTo("sosh12");
  }

  @Test
  void aSchoolsDirectorSeesOnlyTheirSchoolsTasks() throws Exception {
    List<String> visible = taskIds("director.sosh6");
    assertThat(visible).contains(sosh6Task).doesNotContain(sosh12Task);
    for (String taskId : visible) {
      assertThat(candidateGroups(taskId)).contains("school-sosh6");
    }
    assertThat(taskIds("deputy.sosh6")).contains(sosh6Task).doesNotContain(sosh12Task);
    assertThat(taskIds("director.sosh12")).contains(sosh12Task).doesNotContain(sosh6Task);
    assertThat(taskIds("director.sosh1")).doesNotContain(sosh6Task, sosh12Task);
    // asked by its candidate group: their own school's work, and nothing of another school's
    assertThat(ids(get("director.sosh6", "/engine-rest/task?candidateGroup=school-sosh6"))).contains(sosh6Task);
    assertThat(ids(get("director.sosh6", "/engine-rest/task?candidateGroup=school-sosh12"))).isEmpty();
    assertThat(ids(get("director.sosh6", "/engine-rest/task?candidateGroups=school-sosh6,school-sosh12")))
        .contains(sosh6Task).doesNotContain(sosh12Task);
  }

  @Test
  void staffWithoutASchoolSeeOnlyWorkAddressedToThemAndNoInstances() throws Exception {
    for (String user : List.of("methodist", "secretary", "curator1")) {
      assertThat(taskIds(user)).as(user).doesNotContain(sosh6Task, sosh12Task);
      assertThat(call(user, HttpMethod.GET, "/engine-rest/process-instance", null).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(authorizations.isUserAuthorized(user, groupsOf(user), Permissions.ACCESS, Resources.APPLICATION,
          "cockpit")).as(user).isFalse();
    }
    // the demo assignment to the methodist in person, and the one to all curators
    assertThat(tasks.createTaskQuery().taskCandidateUser("methodist").count()).isPositive();
    assertThat(taskIds("methodist")).isNotEmpty();
    assertThat(taskIds("curator1")).isNotEmpty();
  }

  @Test
  void managersSeeEveryTaskAndInstance() throws Exception {
    for (String manager : List.of("head", "deputy", "coordinator")) {
      assertThat(taskIds(manager)).as(manager).contains(sosh6Task, sosh12Task);
      assertThat(get(manager, "/engine-rest/process-instance?processDefinitionKey=assignmentControl").size())
          .as(manager).isEqualTo(runtime.createProcessInstanceQuery().processDefinitionKey("assignmentControl").count());
      assertThat(authorizations.isUserAuthorized(manager, groupsOf(manager), Permissions.ACCESS,
          Resources.APPLICATION, "cockpit")).as(manager + " opens Cockpit").isTrue();
    }
  }

  @Test
  void schoolPeopleNeitherSeeInstancesNorHistoryNorCockpit() throws Exception {
    for (String path : List.of("/engine-rest/process-instance", "/engine-rest/history/process-instance",
        "/engine-rest/history/variable-instance")) {
      assertThat(call("director.sosh6", HttpMethod.GET, path, null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(authorizations.isUserAuthorized("director.sosh6", groupsOf("director.sosh6"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("director.sosh6", groupsOf("director.sosh6"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void oneSchoolsDirectorCannotReadClaimOrCompleteAnotherSchoolsTask() {
    String other = "/engine-rest/task/" + sosh12Task;
    assertThat(call("director.sosh6", HttpMethod.GET, other, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.GET, other + "/variables", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.GET, other + "/form-variables", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.POST, other + "/claim", "{\"userId\":\"director.sosh6\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.POST, other + "/complete",
        "{\"variables\":{\"executionReport\":{\"value\":\"Чужой отчёт, которого не должно быть\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("director.sosh6", HttpMethod.PUT, other + "/variables/executionReport",
        "{\"value\":\"Чужой отчёт\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Task unchanged = tasks.createTaskQuery().taskId(sosh12Task).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(tasks.getVariable(sosh12Task, AssignmentProcess.EXECUTION_REPORT)).isNull();
  }

  @Test
  void theirOwnSchoolsTaskTheyCanClaimAndComplete() {
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task + "/claim",
        "{\"userId\":\"director.sosh6\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> refused = call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task
        + "/complete", "{\"variables\":{\"executionReport\":{\"value\":\" \"}}}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Отчёт об исполнении");
    assertThat(call("director.sosh6", HttpMethod.POST, "/engine-rest/task/" + sosh6Task + "/complete",
        "{\"variables\":{\"executionResult\":{\"value\":\"done\"},"
        + "\"executionReport\":{\"value\":\"Документы размещены на сайте\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theFiltersExistOnceEachAndGoToTheRightGroups() throws Exception {
    accessSetup.afterSingletonsInstantiated();
    accessSetup.afterSingletonsInstantiated();
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.DUE_IN_7_DAYS,
        TasklistFilters.OVERDUE, TasklistFilters.ALL_BY_SCHOOL)) {
      assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
    assertThat(names(get("director.sosh6", "/engine-rest/filter"))).containsExactlyInAnyOrder(
        TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.DUE_IN_7_DAYS, TasklistFilters.OVERDUE);
    assertThat(names(get("head", "/engine-rest/filter"))).contains(TasklistFilters.ALL_BY_SCHOOL);

    String groupFilter = filters.createFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult().getId();
    List<String> inFilter = new ArrayList<>();
    get("director.sosh6", "/engine-rest/filter/" + groupFilter + "/list?maxResults=1000")
        .forEach(t -> inFilter.add(t.get("id").asText()));
    assertThat(inFilter).contains(sosh6Task).doesNotContain(sosh12Task);
  }

  @Test
  void aSchoolsTaskNamesTheSchoolAndTheCoordinatorsListGoesBySchool() throws Exception {
    assertThat(tasks.createTaskQuery().taskId(sosh6Task).singleResult().getDescription()).isEqualTo("МОБУ СОШ № 6");
    assertThat(tasks.createTaskQuery().taskId(sosh12Task).singleResult().getDescription()).isEqualTo("МАОУ СОШ № 12");
    // the name, which the list, the form's title and the search show, and the form's heading
    assertThat(tasks.createTaskQuery().taskId(sosh6Task).singleResult().getName()).startsWith("МОБУ СОШ № 6 — ");
    assertThat(tasks.getVariableLocal(sosh6Task, SchoolOnTask.HEADING)).isEqualTo("#### Школа: МОБУ СОШ № 6");
    // Tasklist's search «Название задачи» (nameLike) finds one school's tasks among a coordinator's
    String all = filters.createFilterQuery().filterName(TasklistFilters.ALL_BY_SCHOOL).singleResult().getId();
    ResponseEntity<String> search = call("coordinator", HttpMethod.POST, "/engine-rest/filter/" + all
        + "/list?maxResults=1000", "{\"nameLike\": \"%СОШ № 12%\"}");
    assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> found = new ArrayList<>();
    json.readTree(search.getBody()).forEach(t -> found.add(t.get("id").asText()));
    assertThat(found).contains(sosh12Task).doesNotContain(sosh6Task);

    String bySchool = filters.createFilterQuery().filterName(TasklistFilters.ALL_BY_SCHOOL).singleResult().getId();
    List<String> schools = new ArrayList<>();
    get("coordinator", "/engine-rest/filter/" + bySchool + "/list?maxResults=10000")
        .forEach(t -> schools.add(t.get("description").isNull() ? null : t.get("description").asText()));
    assertThat(schools).contains("МОБУ СОШ № 6", "МАОУ СОШ № 12");
    // tasks without a school come last on PostgreSQL, first on the embedded H2
    List<String> named = schools.stream().filter(d -> d != null).toList();
    assertThat(named).isSorted();
    int firstNamed = schools.indexOf(named.get(0));
    assertThat(schools.subList(firstNamed, firstNamed + named.size())).as("a school's tasks together").isEqualTo(named);
  }

  @Test
  void theCoordinatorsWorkOnTheirTasksWithoutAGrantOnEachTask() {
    Task task = tasks.newTask();
    task.setName("Проверить сводку");
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), "coordinators");
    tasks.addCandidateGroup(task.getId(), "school-sosh6");
    List<String> granted = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).list().stream().map(a -> a.getGroupId()).toList();
    assertThat(granted).containsExactly("school-sosh6");
    assertThat(call("coordinator", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void accessIsOnlyEverGrantedSoNoCheckLooksForRevokes() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
  }

  private String issueTo(String school) {
    long id = assignments.issue(new NewAssignment("Решение коллегии № 1", "Разместить документы на сайте",
        ExecutorKind.SCHOOL, school, "coordinator", calendar.today().plusDays(10)));
    String instance = assignments.get(id).processInstanceId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private List<String> taskIds(String user) throws Exception {
    return ids(get(user, "/engine-rest/task?maxResults=10000"));
  }

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private static List<String> names(JsonNode filters) {
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as(user + " GET " + path).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class,
        Map.of());
  }
}
