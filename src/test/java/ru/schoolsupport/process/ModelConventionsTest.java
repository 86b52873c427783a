package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the models and forms themselves, without an engine: every user task has a form that
 * exists, a due date and someone to do it, and no input/output mappings (its fields are set by task
 * listeners); every service task
 * calls a Spring bean; no element keeps
 * a Modeler default id; every model has its diagram; every form parses and has a unique id.
 */
class ModelConventionsTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  /** Ids Camunda Modeler generates ({@code Activity_0x1a2b3c}, {@code Gateway_1abc2de}) or old defaults ({@code UserTask_1}). */
  static final Pattern MODELER_DEFAULT_ID = Pattern.compile(
      "^(Activity|Event|Gateway|Flow|Process|Participant|Lane|TextAnnotation|Association|DataObjectReference)_[0-9][0-9a-z]{6}$"
          + "|^(UserTask|ServiceTask|Task|StartEvent|EndEvent|ExclusiveGateway|ParallelGateway|SequenceFlow|"
          + "IntermediateThrowEvent|BoundaryEvent|CallActivity|SubProcess|Process)_[0-9]+$");

  static final Set<String> formIds = new HashSet<>();
  static final Pattern HANDS_ON_A_FIELD =
      Pattern.compile("\\$\\{execution\\.setVariable\\('(\\w+)', submittedForm\\.(value|text)\\(task, '\\1'\\)\\)\\}");

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode schema = json.readTree(form.toFile());
        String id = schema.path("id").asText(null);
        assertThat(id).as(form + " has an id").isNotBlank();
        assertThat(formIds.add(id)).as(form + " has a unique id " + id).isTrue();
      }
    }
  }

  /**
   * Variables that say which school, cycle, assignment, stage or report a step works on: the process
   * sets them, so no form may declare them (a submission may set only its form's fields).
   */
  static final Set<String> SET_BY_THE_PROCESS = Set.of("cycleId", "schoolCode", "schoolName", "assignmentId",
      "reportId", "reportStage", "stage", "coordinator", "batchInitiator", "meetingSecretary", "meetingId",
      "additionId",
      "revisionId", "revisionInitiator", "revisionByCurator", "revisionAccepted");

  @TestFactory
  Stream<DynamicTest> everyFormStatesItsLimitsAndDeclaresNothingTheProcessSets() throws IOException {
    try (Stream<Path> files = Files.walk(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream()
          .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            DeclaredForm form;
            try (var in = Files.newInputStream(path)) {
              form = DeclaredForm.parse(in);
            }
            List<String> problems = new ArrayList<>();
            for (String name : form.variableNames()) {
              if (SET_BY_THE_PROCESS.contains(name)) {
                problems.add("declares '" + name + "', which only the process may set");
              }
            }
            checkLimits(form.fields(), problems);
            assertThat(problems).as(path.toString()).isEmpty();
          }));
    }
  }

  /** Every text a user types has a maximum length (the server enforces it, so nothing reaches a column too long). */
  private static void checkLimits(List<DeclaredForm.Field> fields, List<String> problems) {
    for (DeclaredForm.Field field : fields) {
      if (Set.of("textfield", "textarea").contains(field.type()) && !field.readonly()
          && !field.validate().has("maxLength")) {
        problems.add("field '" + field.key() + "' has no maxLength");
      }
      checkLimits(field.rows(), problems);
    }
  }

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void thereAreModelsAndForms() throws IOException {
    assertThat(models()).isNotEmpty();
    assertThat(formIds).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyModelFollowsTheConventions() throws IOException {
    return models().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
  }

  private void check(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    Bpmn.validateModel(model);
    List<String> problems = new ArrayList<>();

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add("process " + process.getId() + " has no camunda:historyTimeToLive");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      if (formRef == null) {
        problems.add("user task " + task.getId() + " has no camunda:formRef");
      } else {
        if (!formIds.contains(formRef)) {
          problems.add("user task " + task.getId() + " refers to form '" + formRef + "' that no file in forms/ has");
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add("user task " + task.getId() + " should bind its form with camunda:formRefBinding=\"deployment\"");
        }
      }
      boolean dueDateByListener = task.getExtensionElements() != null && task.getExtensionElements()
          .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
          .anyMatch(l -> "create".equals(l.getCamundaEvent()) && l.getCamundaDelegateExpression() != null
              && l.getCamundaDelegateExpression().contains("DueDate"));
      if (task.getCamundaDueDate() == null && !dueDateByListener) {
        problems.add("user task " + task.getId() + " has no camunda:dueDate");
      }
      if (task.getCamundaCandidateGroups() == null && task.getCamundaCandidateUsers() == null
          && task.getCamundaAssignee() == null) {
        problems.add("user task " + task.getId() + " names no candidate group, candidate user or assignee");
      }
      if (task.getName() == null || task.getName().isBlank()) {
        problems.add("user task " + task.getId() + " has no name");
      }
      // a form's fields are the task's own variables, set by task listeners from our tables: mappings would
      // make the task a scope, an execution of its own created and deleted for every task (docs/adr)
      if (task.getExtensionElements() != null && !task.getExtensionElements().getElementsQuery()
          .filterByType(CamundaInputOutput.class).list().isEmpty()) {
        problems.add("user task " + task.getId() + " has input/output mappings; set the form's fields on the task "
            + "with create listeners (task.setVariableLocal) and hand them on with complete listeners");
      }
      // one way a form's data leaves its task: a complete listener hands a field on as submitted (SubmittedForm)
      if (task.getExtensionElements() != null) {
        task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
            .filter(l -> "complete".equals(l.getCamundaEvent()) && l.getCamundaExpression() != null)
            .filter(l -> !HANDS_ON_A_FIELD.matcher(l.getCamundaExpression()).matches())
            .forEach(l -> problems.add("user task " + task.getId() + ": complete listener '" + l.getCamundaExpression()
                + "' does not hand a field on as ${execution.setVariable('x', submittedForm.value|text(task, 'x'))}"));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String formRef = start.getCamundaFormRef();
      if (formRef != null && !formIds.contains(formRef)) {
        problems.add("start event " + start.getId() + " refers to form '" + formRef + "' that no file in forms/ has");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaDelegateExpression() == null) {
        problems.add("service task " + task.getId() + " does not use camunda:delegateExpression");
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null && MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
        problems.add("element " + element.getId() + " keeps a Modeler default id: give it a name that says what it is");
      }
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    if (drawn.isEmpty()) {
      problems.add("the model has no diagram");
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.contains(node.getId())) {
        problems.add(node.getId() + " is not drawn in the diagram");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problems.add(flow.getId() + " is not drawn in the diagram");
      }
    }
    assertThat(problems).as(path.toString()).isEmpty();
  }
}
