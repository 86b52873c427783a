package ru.schoolsupport.roadmap;

import static ru.schoolsupport.roadmap.RoadmapProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.process.Variables;

/**
 * The draft of a roadmap the cycle's process started ({@link StartCycleRoadmapDelegate}): the cycle's id
 * and coordinator come from there. The draft starts from last year's roadmap if the previous cycle has
 * one with items, else from the template; a draft begun before (an imported table) is kept as it is.
 */
@Component
public class PrepareCycleRoadmapDraftDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;
  private final CycleRepository cycles;

  public PrepareCycleRoadmapDraftDelegate(RoadmapService roadmaps, CycleRepository cycles) {
    this.roadmaps = roadmaps;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cycle cycle = cycles.get(Variables.id(execution, CYCLE_ID));
    RoadmapService.DraftSource source;
    if (roadmaps.find(cycle.id()).isPresent()) {
      source = RoadmapService.DraftSource.KEEP;
    } else {
      boolean previous = cycles.findPrevious(cycle).flatMap(p -> roadmaps.view(p.id()))
          .map(v -> !v.items().isEmpty()).orElse(false);
      source = previous ? RoadmapService.DraftSource.PREVIOUS : RoadmapService.DraftSource.TEMPLATE;
    }
    roadmaps.draft(cycle.id(), source, Variables.text(execution, COORDINATOR));
    roadmaps.attachProcess(cycle.id(), execution.getProcessInstanceId());
    execution.setVariable(SOURCE, source.name());
    execution.setProcessBusinessKey(cycle.businessKey() + "/roadmap");
  }
}
