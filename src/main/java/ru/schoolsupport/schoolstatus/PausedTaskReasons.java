package ru.schoolsupport.schoolstatus;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.SuspendedTaskReason;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.process.CommonVariables;

/**
 * The 409 a suspended task of a paused school answers: «Работа школы приостановлена координатором до
 * 15.03.2027: смена директора. …». The school is the task's instance's (or, for an instance it called, the
 * calling one's) {@code cycleId} and {@code schoolCode}, read as the system; the pause from our table.
 */
@Component
public class PausedTaskReasons implements SuspendedTaskReason {

  /** A called instance's caller is looked for this far up. */
  private static final int MAX_DEPTH = 5;

  private final SchoolStatusRepository statuses;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public PausedTaskReasons(SchoolStatusRepository statuses, @Lazy RuntimeService runtime,
      @Lazy IdentityService identity) {
    this.statuses = statuses;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public String of(Task task) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return pauseOf(task.getProcessInstanceId()).map(PausedTaskReasons::message).orElse(GENERIC);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  static String message(SchoolStatusRepository.Current pause) {
    return "Работа школы приостановлена координатором до " + CycleService.RUSSIAN_DATE.format(pause.pausedUntil())
        + ": " + pause.reason() + ". Задачу можно будет выполнить после возобновления работы школы (в этот день "
        + "или раньше, если координатор возобновит её досрочно); её срок сдвинется на время паузы.";
  }

  private Optional<SchoolStatusRepository.Current> pauseOf(String instanceId) {
    String instance = instanceId;
    for (int depth = 0; instance != null && depth < MAX_DEPTH; depth++) {
      Object cycleId = runtime.getVariable(instance, CommonVariables.CYCLE_ID);
      Object schoolCode = runtime.getVariable(instance, CommonVariables.SCHOOL_CODE);
      if (cycleId instanceof Number id && schoolCode instanceof String code) {
        Optional<SchoolStatusRepository.Current> pause = statuses.find(id.longValue(), code)
            .filter(s -> s.status() == SchoolStatus.PAUSED);
        if (pause.isPresent()) {
          return pause;
        }
      }
      ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(instance).singleResult();
      instance = caller == null ? null : caller.getId();
    }
    return Optional.empty();
  }
}
