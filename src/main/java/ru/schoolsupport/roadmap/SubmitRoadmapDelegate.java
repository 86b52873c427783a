package ru.schoolsupport.roadmap;

import static ru.schoolsupport.roadmap.RoadmapProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Saves the title and goal the coordinator gave and hands the draft to the head (checked whole). */
@Component
public class SubmitRoadmapDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;

  public SubmitRoadmapDelegate(RoadmapService roadmaps) {
    this.roadmaps = roadmaps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, CYCLE_ID);
    roadmaps.updateHeader(cycleId, Variables.text(execution, TITLE), Variables.text(execution, GOAL), null,
        CurrentUser.of(execution));
    roadmaps.submit(cycleId);
  }
}
