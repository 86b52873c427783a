package ru.schoolsupport.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.process.FormInputException;

/**
 * Moves a year's running instances onto a model changed mid-year, with Camunda's migration API: for each
 * older version of the process that still has running instances, a plan to the latest version made of the
 * activities both versions share (same ids, timers and messages updated) plus the instructions a change
 * needs for what it renamed ({@link ModelChanges}), then every instance of that version migrated. A plan
 * Camunda refuses (an instance waits where the new model has nothing like it) refuses the whole migration
 * with a Russian message that names the activities; nothing is migrated.
 */
@Service
public class ModelMigrations {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public ModelMigrations(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** What was migrated: per older version, how many instances. */
  public record Result(String processKey, int targetVersion, Map<Integer, Long> migratedByVersion) {
  }

  /**
   * Plans for every older version first (all must be valid), then migrates them, in one transaction: an
   * instance the plan cannot take (it waits where the new model has no such activity) refuses them all.
   */
  @Transactional
  public Result migrateToLatest(String processKey) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (latest == null) {
      throw new FormInputException("процесс «" + processKey + "» не развёрнут");
    }
    List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion().asc().list().stream()
        .filter(d -> d.getVersion() < latest.getVersion())
        .filter(d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() > 0)
        .toList();
    List<String> problems = new ArrayList<>();
    Map<ProcessDefinition, MigrationPlan> plans = new java.util.LinkedHashMap<>();
    for (ProcessDefinition source : older) {
      try {
        plans.put(source, plan(source, latest));
      } catch (MigrationPlanValidationException e) {
        problems.add(describe(source, latest, e.getValidationReport()));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    Map<Integer, Long> migrated = new java.util.TreeMap<>();
    plans.forEach((source, plan) -> {
      long count = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      try {
        runtime.newMigration(plan)
            .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(source.getId()))
            .skipCustomListeners()
            .execute();
      } catch (MigratingProcessInstanceValidationException e) {
        throw new FormInputException(describe(source, latest, e.getValidationReport()));
      }
      migrated.put(source.getVersion(), count);
    });
    return new Result(processKey, latest.getVersion(), migrated);
  }

  MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities().updateEventTriggers();
    for (ModelChanges.Renamed renamed : ModelChanges.renamedIn(source.getKey())) {
      builder = builder.mapActivities(renamed.from(), renamed.to()).updateEventTrigger();
    }
    return builder.build();
  }

  private static String describe(ProcessDefinition source, ProcessDefinition target,
      MigrationPlanValidationReport report) {
    List<String> reasons = new ArrayList<>();
    for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
      reasons.add("«" + instruction.getMigrationInstruction().getSourceActivityId() + "» — "
          + String.join("; ", instruction.getFailures()));
    }
    return cannot(source, target, reasons);
  }

  private static String describe(ProcessDefinition source, ProcessDefinition target,
      MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      reasons.add("экземпляр " + report.getProcessInstanceId() + " ждёт в «" + activity.getSourceScopeId() + "» — "
          + String.join("; ", activity.getFailures()));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      reasons.add("экземпляр " + report.getProcessInstanceId() + " ждёт в «" + transition.getSourceScopeId() + "» — "
          + String.join("; ", transition.getFailures()));
    }
    return cannot(source, target, reasons);
  }

  private static String cannot(ProcessDefinition source, ProcessDefinition target, List<String> reasons) {
    return "версию " + source.getVersion() + " процесса «" + source.getName() + "» нельзя перевести на версию "
        + target.getVersion() + ": " + String.join("; ", reasons) + ". Ничего не переведено: нужен план с явными "
        + "соответствиями (migration/ModelChanges) или экземпляры надо довести до конца на старой версии";
  }
}
