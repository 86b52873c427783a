package ru.schoolsupport.roadmap;

import static ru.schoolsupport.roadmap.RoadmapProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.CurrentUser;
import ru.schoolsupport.process.Variables;

/**
 * Records the head's approval (version 1) or return with a comment; says whether it is approved. An
 * approval with «Приложить к приказу» attaches the roadmap to the cycle's order ({@link RoadmapOrders}).
 */
@Component
public class RecordRoadmapDecisionDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;
  private final RoadmapOrders orders;

  public RecordRoadmapDecisionDelegate(RoadmapService roadmaps, RoadmapOrders orders) {
    this.roadmaps = roadmaps;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cycleId = Variables.id(execution, CYCLE_ID);
    boolean approved = roadmaps.decide(cycleId, Variables.text(execution, DECISION),
        Variables.text(execution, DECISION_COMMENT), CurrentUser.of(execution));
    if (approved && Boolean.TRUE.equals(execution.getVariable(ATTACH_TO_ORDER))) {
      orders.attach(cycleId);
    }
    execution.setVariable(APPROVED, approved);
  }
}
