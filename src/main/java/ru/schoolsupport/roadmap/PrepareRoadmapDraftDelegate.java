package ru.schoolsupport.roadmap;

import static ru.schoolsupport.roadmap.RoadmapProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Variables;

/**
 * Finds the cycle the start form names and prepares its draft; a roadmap already with the head or
 * approved, or one another instance is drafting, refuses the start with the reason in Russian.
 */
@Component
public class PrepareRoadmapDraftDelegate implements JavaDelegate {

  private final RoadmapService roadmaps;
  private final CycleRepository cycles;

  public PrepareRoadmapDraftDelegate(RoadmapService roadmaps, CycleRepository cycles) {
    this.roadmaps = roadmaps;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleKey = Variables.text(execution, CYCLE);
    if (cycleKey == null || cycleKey.isBlank()) {
      throw new FormInputException("укажите цикл (поле «Цикл»)");
    }
    Cycle cycle = cycles.findByBusinessKey(cycleKey.strip())
        .orElseThrow(() -> new FormInputException("цикл «" + cycleKey.strip() + "» не найден"));
    RoadmapService.DraftSource source;
    try {
      source = RoadmapService.DraftSource.valueOf(String.valueOf(Variables.text(execution, SOURCE)));
    } catch (IllegalArgumentException e) {
      throw new FormInputException("выберите, с чего начать проект (поле «С чего начать проект»)");
    }
    roadmaps.find(cycle.id()).ifPresent(existing -> {
      if (existing.status() != RoadmapStatus.DRAFT) {
        throw new FormInputException("дорожная карта цикла «" + cycleKey.strip() + "» уже "
            + (existing.status() == RoadmapStatus.SUBMITTED ? "на утверждении" : "утверждена: изменения вносятся "
            + "на странице дорожной карты с указанием причины"));
      }
      if (existing.processInstanceId() != null && execution.getProcessEngineServices().getRuntimeService()
          .createProcessInstanceQuery().processInstanceId(existing.processInstanceId()).count() > 0) {
        throw new FormInputException("дорожную карту цикла «" + cycleKey.strip() + "» уже готовит координатор: "
            + "её задача открыта в Tasklist");
      }
    });
    roadmaps.draft(cycle.id(), source, Variables.text(execution, COORDINATOR));
    roadmaps.attachProcess(cycle.id(), execution.getProcessInstanceId());
    execution.setVariable(CYCLE_ID, cycle.id());
    execution.setProcessBusinessKey(cycle.businessKey() + "/roadmap");
  }
}
