package ru.schoolsupport.schoolyear;

import java.util.Date;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the schoolSupport model asks when it creates a task: the school's group and due dates from
 * the cycle's deadlines. Referenced as {@code ${schoolYearTasks.…}}.
 */
@Component("schoolYearTasks")
public class SchoolYearTasks {

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final SchoolYearSettings settings;
  private final WorkCalendar calendar;

  public SchoolYearTasks(CycleRepository cycles, CycleSchoolRepository cycleSchools, SchoolYearSettings settings,
      WorkCalendar calendar) {
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The school's curator, who reviews its documents and reports. */
  public String curator(Long cycleId, String schoolCode) {
    return cycleSchools.find(cycleId, schoolCode).map(CycleSchool::curatorLogin)
        .orElseThrow(() -> new IllegalStateException("School " + schoolCode + " has no curator in cycle " + cycleId));
  }

  /** The documents are due by the cycle's deadline, and never less than a week from now. */
  public Date documentsDue(Long cycleId) {
    return calendar.dueWithAtLeastAWeek(cycles.get(cycleId).deadlines().documentsDue());
  }

  /** The curator reviews within the review period. */
  public Date reviewDue() {
    return calendar.after(calendar.now(), settings.reviewPeriod());
  }

  /** The school's own group: its people are the candidates of its tasks. */
  public String schoolGroup(String schoolCode) {
    return SchoolGroups.groupId(schoolCode);
  }

  /** The self-assessment comes first: two weeks before the documents are due, and never less than a week from now. */
  public Date selfAssessmentDue(Long cycleId) {
    return calendar.dueWithAtLeastAWeek(cycles.get(cycleId).deadlines().documentsDue().minusDays(14));
  }
}
