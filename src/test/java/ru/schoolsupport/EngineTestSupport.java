package ru.schoolsupport;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/** Small helpers for process tests: the engine's clock and its jobs, fired on purpose. */
public final class EngineTestSupport {

  private EngineTestSupport() {
  }

  public static void init(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    ClockUtil.reset();
  }

  public static void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  /** Executes every job of the process instance that is due at the engine's current time. */
  public static int executeDueJobs(ManagementService management, String processInstanceId) {
    int executed = 0;
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      management.executeJob(job.getId());
      executed++;
    }
    return executed;
  }
}
