package ru.schoolsupport.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.Variables;

/** Issues an assignment to every executor of every item of the approved roadmap (none twice). */
@Component
public class TrackRoadmapItemsDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;

  public TrackRoadmapItemsDelegate(RoadmapService roadmaps) {
    this.roadmaps = roadmaps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    roadmaps.startTracking(Variables.id(execution, RoadmapProcess.CYCLE_ID));
  }
}
