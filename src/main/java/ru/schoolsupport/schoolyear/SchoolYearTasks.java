package ru.schoolsupport.schoolyear;

import java.util.Date;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the schoolSupport model asks when it creates a task: the school's group and due dates from
 * the cycle's deadlines. Referenced as {@code ${schoolYearTasks.…}}.
 */
@Component("schoolYearTasks")
public class SchoolYearTasks {

  private final CycleRepository cycles;
  private final WorkCalendar calendar;

  public SchoolYearTasks(CycleRepository cycles, WorkCalendar calendar) {
    this.cycles = cycles;
    this.calendar = calendar;
  }

  /** The school's own group: its people are the candidates of its tasks. */
  public String schoolGroup(String schoolCode) {
    return SchoolGroups.groupId(schoolCode);
  }

  /** The self-assessment comes first: two weeks before the documents are due, and never less than a week from now. */
  public Date selfAssessmentDue(Long cycleId) {
    Date due = calendar.dueAt(cycles.get(cycleId).deadlines().documentsDue().minusDays(14));
    Date soonest = calendar.dueAt(calendar.today().plusDays(7));
    return due.before(soonest) ? soonest : due;
  }
}
