package ru.schoolsupport.roadmap;

import static ru.schoolsupport.roadmap.RoadmapProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/** Records the head's approval (version 1) or return with a comment; says whether it is approved. */
@Component
public class RecordRoadmapDecisionDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;

  public RecordRoadmapDecisionDelegate(RoadmapService roadmaps) {
    this.roadmaps = roadmaps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPROVED, roadmaps.decide(Variables.id(execution, CYCLE_ID),
        Variables.text(execution, DECISION), Variables.text(execution, DECISION_COMMENT), CurrentUser.of(execution)));
  }
}
