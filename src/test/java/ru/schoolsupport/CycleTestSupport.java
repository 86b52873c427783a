package ru.schoolsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import ru.schoolsupport.cycle.AnnualCycleProcess;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.JsonValues;

/** Starts annualCycle for a test and carries it as far as the test needs, the way the coordinator and head do. */
public final class CycleTestSupport {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final FormService forms;

  public CycleTestSupport(RuntimeService runtime, TaskService tasks, ManagementService management, FormService forms) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.forms = forms;
  }

  /** A calendar-year cycle, waiting for the coordinator's list (its candidates proposed). */
  public ProcessInstance start(int year) {
    CycleDeadlines d = PeriodType.CALENDAR_YEAR.defaultDeadlines(year);
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualCycleProcess.PERIOD_TYPE, PeriodType.CALENDAR_YEAR.name());
    form.put(AnnualCycleProcess.START_YEAR, (long) year);
    form.put(AnnualCycleProcess.LIST_DUE, d.listDue().toString());
    form.put(AnnualCycleProcess.DOCUMENTS_DUE, d.documentsDue().toString());
    form.put(AnnualCycleProcess.COORDINATOR, "coordinator");
    return runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, form);
  }

  public long cycleId(ProcessInstance cycle) {
    return ((Number) runtime.getVariable(cycle.getId(), AnnualCycleProcess.CYCLE_ID)).longValue();
  }

  /** The list and the proposed pairs approved, the order issued, one schoolSupport spawned per school. */
  public void runToTheSchools(ProcessInstance cycle, List<String> schools, String changeComment) {
    complete(cycle, AnnualCycleProcess.INCLUDED_SCHOOLS, JsonValues.json(schools),
        AnnualCycleProcess.LIST_CHANGE_COMMENT, changeComment == null ? "" : changeComment);
    complete(cycle, AnnualCycleProcess.LIST_DECISION, AnnualCycleProcess.APPROVED);
    complete(cycle, AnnualCycleProcess.MENTOR_PAIRS, tasks.getVariable(task(cycle).getId(), AnnualCycleProcess.MENTOR_PAIRS));
    complete(cycle, AnnualCycleProcess.PAIRS_DECISION, AnnualCycleProcess.APPROVED);
    complete(cycle, AnnualCycleProcess.ORDER_NUMBER, "1", AnnualCycleProcess.ORDER_DATE, LocalDate.now().toString());
    Job spawn = management.createJobQuery().processInstanceId(cycle.getId()).messages().singleResult();
    management.executeJob(spawn.getId());
  }

  public void complete(ProcessInstance cycle, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    forms.submitTaskForm(task(cycle).getId(), variables);
  }
}
