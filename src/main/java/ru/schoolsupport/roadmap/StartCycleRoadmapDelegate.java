package ru.schoolsupport.roadmap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/**
 * annualCycle's «Начать дорожную карту цикла»: starts municipalRoadmap by its message start event with the
 * cycle's id and coordinator from the cycle's process (never from a form). A cycle whose roadmap is
 * already being drafted, with the head or approved (begun by hand or imported) gets no second one.
 */
@Component
public class StartCycleRoadmapDelegate implements JavaDelegate {

  /** The message municipalRoadmap's «Цикл начат» start event waits for. */
  public static final String MESSAGE = "cycleRoadmap";

  private final RoadmapService roadmaps;

  public StartCycleRoadmapDelegate(RoadmapService roadmaps) {
    this.roadmaps = roadmaps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, RoadmapProcess.CYCLE_ID);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean taken = roadmaps.find(cycleId).map(r -> r.status() != RoadmapStatus.DRAFT || r.processInstanceId() != null
        && runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).count() > 0).orElse(false);
    if (taken) {
      return;
    }
    runtime.createMessageCorrelation(MESSAGE)
        .setVariable(RoadmapProcess.CYCLE_ID, cycleId)
        .setVariable(RoadmapProcess.COORDINATOR, Variables.text(execution, RoadmapProcess.COORDINATOR))
        .correlateStartMessage();
  }
}
