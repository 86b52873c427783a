package ru.schoolsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.listformation.ListFormationService;

/**
 * The cycles the dossier's tests share (they add notes, watches and moved deadlines, and look only at
 * their own): one registered without its process, one run to its schools. Two years for four test
 * classes, as the years a test cycle may have are few ({@link TestYears}). Not for a browser test:
 * TasklistBrowserTest ends every running process instance, these cycles' schools' too. Every {@link SchoolSupportTest}
 * class shares one application and database, so these live as long as the test JVM.
 */
public final class DossierTestCycles {

  private static Cycle registered;
  private static Long atItsSchools;

  private DossierTestCycles() {
  }

  /** A calendar-year cycle, registered only (no process, no schools). */
  public static synchronized Cycle registered(CycleService cycles) {
    if (registered == null) {
      registered = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null));
    }
    return registered;
  }

  /** A calendar-year cycle whose list and pairs are approved and whose schools wait at their self-assessment. */
  public static synchronized long atItsSchools(ProcessEngine engine, ListFormationService listFormation) {
    if (atItsSchools == null) {
      EngineTestSupport.init(engine);
      CycleTestSupport cycles = new CycleTestSupport(engine.getRuntimeService(), engine.getTaskService(),
          engine.getManagementService(), engine.getFormService());
      ProcessInstance cycle = cycles.start(TestYears.next());
      long cycleId = cycles.cycleId(cycle);
      cycles.runToTheSchools(cycle, listFormation.includedCodes(cycleId), null);
      atItsSchools = cycleId;
    }
    return atItsSchools;
  }

  /** The start year of the cycle at its schools. */
  public static int yearOf(CycleService cycles, long cycleId) {
    return cycles.get(cycleId).startYear();
  }
}
