package ru.schoolsupport.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form of a task or of a process's start, as deployed with its process: read once per process
 * definition and kept (a definition and the forms deployed with it never change).
 */
@Component
public class DeclaredForms {

  private final FormService forms;
  private final Map<String, DeclaredForm> byDefinition = new ConcurrentHashMap<>();

  public DeclaredForms(FormService forms) {
    this.forms = forms;
  }

  /** The form of this task; {@link DeclaredForm#NONE} when it has none (a task outside any process, say). */
  public DeclaredForm ofTask(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return DeclaredForm.NONE;
    }
    return byDefinition.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(() -> forms.getDeployedTaskForm(task.getId())));
  }

  /** The start form of this process definition; {@link DeclaredForm#NONE} when it has none. */
  public DeclaredForm ofStart(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId + "#start",
        key -> read(() -> forms.getDeployedStartForm(processDefinitionId)));
  }

  private static DeclaredForm read(java.util.function.Supplier<InputStream> deployed) {
    InputStream json;
    try {
      json = deployed.get();
    } catch (AuthorizationException notThisUsers) {
      throw notThisUsers;
    } catch (ProcessEngineException noForm) {
      // the task or process has no form (or none deployed): nothing may be submitted to it
      return DeclaredForm.NONE;
    }
    if (json == null) {
      return DeclaredForm.NONE;
    }
    try (json) {
      return DeclaredForm.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
