package ru.schoolsupport.addition;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Starts addSchool for a test, as a coordinator does, and carries it to the task the test needs. */
public final class SchoolAdditions {

  private final ProcessEngine engine;
  private final long cycleId;

  public SchoolAdditions(ProcessEngine engine, long cycleId) {
    this.engine = engine;
    this.cycleId = cycleId;
  }

  /** Waiting for the coordinator's proposal. */
  public ProcessInstance atProposal() {
    engine.getIdentityService().setAuthentication("coordinator", java.util.List.of("coordinators"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SchoolAdditionProcess.KEY);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The school proposed, waiting for the head. */
  public ProcessInstance atApproval(String school) {
    ProcessInstance instance = atProposal();
    Map<String, Object> form = new HashMap<>();
    form.put(SchoolAdditionProcess.CYCLE, String.valueOf(cycleId));
    form.put(SchoolAdditionProcess.SCHOOL, SchoolAdditionService.schoolValue(cycleId, school));
    form.put(SchoolAdditionProcess.CATEGORY, "SHNOR");
    form.put(SchoolAdditionProcess.PROJECT, "P500");
    form.put(SchoolAdditionProcess.REASON, "OTHER");
    form.put(SchoolAdditionProcess.BASIS, "");
    form.put(SchoolAdditionProcess.COMMENT, "Проверка");
    submit(instance, form);
    return instance;
  }

  /** Approved, waiting for the mentor school and curator. */
  public ProcessInstance atPair(String school) {
    ProcessInstance instance = atApproval(school);
    submit(instance, Map.of(SchoolAdditionProcess.DECISION, "approved"));
    return instance;
  }

  /** Paired as proposed, the amending order drafted, waiting for its number and date. */
  public ProcessInstance atOrder(String school) {
    ProcessInstance instance = atPair(school);
    Task pair = task(instance);
    submit(instance, Map.of(SchoolAdditionProcess.MENTOR, engine.getTaskService().getVariable(pair.getId(),
        SchoolAdditionProcess.MENTOR), SchoolAdditionProcess.CURATOR, engine.getTaskService().getVariable(pair.getId(),
        SchoolAdditionProcess.CURATOR)));
    return instance;
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void submit(ProcessInstance instance, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task(instance).getId(), values);
  }
}
