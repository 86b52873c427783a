package ru.schoolsupport.schoolyear;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.SchoolDeadlines;
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
  private final SchoolDeadlines schoolDeadlines;

  public SchoolYearTasks(CycleRepository cycles, CycleSchoolRepository cycleSchools, SchoolYearSettings settings,
      WorkCalendar calendar, SchoolDeadlines schoolDeadlines) {
    this.schoolDeadlines = schoolDeadlines;
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
    return documentsDue(cycleId, null);
  }

  /** The documents are due by the school's deadline (the cycle's unless moved for the school), never less than a week from now. */
  public Date documentsDue(Long cycleId, String schoolCode) {
    return calendar.dueWithAtLeastAWeek(schoolDeadlines.of(cycleId, schoolCode).documentsDue());
  }

  /** The curator reviews within the review period, by the end of its last working day. */
  public Date reviewDue() {
    return calendar.dueIn(settings.reviewPeriod());
  }

  /** The school's own group: its people are the candidates of its tasks. */
  public String schoolGroup(String schoolCode) {
    return SchoolGroups.groupId(schoolCode);
  }

  /** The self-assessment comes first: two weeks before the documents are due, and never less than a week from now. */
  public Date selfAssessmentDue(Long cycleId) {
    return selfAssessmentDue(cycleId, null);
  }

  public Date selfAssessmentDue(Long cycleId, String schoolCode) {
    return calendar.dueWithAtLeastAWeek(selfAssessmentDeadline(schoolDeadlines.of(cycleId, schoolCode).documentsDue()));
  }

  /** The self-assessment's deadline for a documents deadline: two weeks before it. */
  public static LocalDate selfAssessmentDeadline(LocalDate documentsDue) {
    return documentsDue.minusDays(14);
  }

  /** The mentor school's own group: its people draft the joint plan with the school they mentor. */
  public String mentorGroup(Long cycleId, String schoolCode) {
    return cycleSchools.find(cycleId, schoolCode).map(CycleSchool::mentorSchoolCode).map(SchoolGroups::groupId)
        .orElseThrow(() -> new IllegalStateException("School " + schoolCode + " has no mentor school in cycle " + cycleId));
  }

  /** The joint plan follows the documents: due a set period after their deadline, and never less than a week from now. */
  public Date jointPlanDue(Long cycleId) {
    return jointPlanDue(cycleId, null);
  }

  public Date jointPlanDue(Long cycleId, String schoolCode) {
    return calendar.dueWithAtLeastAWeek(schoolDeadlines.of(cycleId, schoolCode).documentsDue()
        .plusDays(settings.jointPlanPeriod().toDays()));
  }

  /** The stage reports of a year, in order (1, 2); the final report follows them. */
  public List<Integer> reportStages() {
    return List.of(1, 2);
  }

  /** A report's deadline from the cycle (stage 1, stage 2, or 0 for the final), never less than a week from now. */
  public Date reportDue(Long cycleId, Integer stage) {
    return reportDue(cycleId, null, stage);
  }

  /** The school's report deadline (the cycle's unless moved for the school), never less than a week from now. */
  public Date reportDue(Long cycleId, String schoolCode, Integer stage) {
    return calendar.dueWithAtLeastAWeek(reportDeadline(cycleId, schoolCode, stage));
  }

  /** When the school is asked for a report: the report window before its deadline (at once if that has passed). */
  public Date reportOpens(Long cycleId, Integer stage) {
    return reportOpens(cycleId, null, stage);
  }

  public Date reportOpens(Long cycleId, String schoolCode, Integer stage) {
    Date opens = calendar.dueAt(reportDeadline(cycleId, schoolCode, stage).minusDays(settings.reportWindow().toDays()));
    return opens.before(calendar.now()) ? calendar.now() : opens;
  }

  private LocalDate reportDeadline(Long cycleId, String schoolCode, Integer stage) {
    CycleDeadlines deadlines = schoolDeadlines.of(cycleId, schoolCode);
    return switch (stage) {
      case 1 -> deadlines.stage1Due();
      case 2 -> deadlines.stage2Due();
      case SchoolSupportProcess.FINAL_REPORT -> deadlines.finalDue();
      default -> throw new IllegalArgumentException("No report stage " + stage);
    };
  }
}
