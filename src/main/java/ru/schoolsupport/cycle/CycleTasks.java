package ru.schoolsupport.cycle;

import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the annualCycle model asks of the cycle when it creates a task or spawns the schools' processes:
 * due dates from the cycle's deadlines, and the supervised schools. Referenced as {@code ${cycleTasks.…}}.
 */
@Component("cycleTasks")
public class CycleTasks {

  private final CycleRepository cycles;
  private final IncludedSchools cycleSchools;
  private final WorkCalendar calendar;

  private final int spawnBatchSize;

  public CycleTasks(CycleRepository cycles, IncludedSchools cycleSchools, WorkCalendar calendar,
      @Value("${schoolsupport.cycle.spawn-batch-size:100}") int spawnBatchSize) {
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.calendar = calendar;
    this.spawnBatchSize = spawnBatchSize;
  }

  /** The list is due by the cycle's list deadline, and never less than a week from now. */
  public Date listDue(Long cycleId) {
    return calendar.dueWithAtLeastAWeek(cycles.get(cycleId).deadlines().listDue());
  }

  /** Approvals and the order: a few working days from now. */
  public Date approvalDue() {
    return calendar.dueAt(calendar.today().plusDays(3));
  }

  /**
   * The batches the schools are started in (0, 1, …), a transaction each: thousands of processes
   * started in one transaction cost the engine the square of their number (docs/adr/0001).
   */
  public List<Integer> schoolBatches(Long cycleId) {
    int schools = cycleSchools.countIncluded(cycleId);
    return IntStream.range(0, (schools + spawnBatchSize - 1) / spawnBatchSize).boxed().toList();
  }

  /** The codes of the schools of one batch (read for that batch alone). */
  public List<String> schoolsOfBatch(Long cycleId, Integer batch) {
    return cycleSchools.includedCodes(cycleId, batch * spawnBatchSize, spawnBatchSize);
  }

  /**
   * When the municipal report of a stage (1, 2; 0 = the final) is started: at the end of the day the
   * schools' reports of that stage are due, so that it is made from what the schools sent.
   */
  public Date municipalReportStarts(Long cycleId, Integer stage) {
    CycleDeadlines deadlines = cycles.get(cycleId).deadlines();
    return calendar.dueAt(switch (stage) {
      case 1 -> deadlines.stage1Due();
      case 2 -> deadlines.stage2Due();
      case 0 -> deadlines.finalDue();
      default -> throw new IllegalArgumentException("No report stage " + stage);
    });
  }
}
