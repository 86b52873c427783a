package ru.schoolsupport.addition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.PeriodType;

class JoiningDeadlinesTest {

  static final int YEAR = 2027;
  final CycleDeadlines cycle = PeriodType.CALENDAR_YEAR.defaultDeadlines(YEAR);
  final LocalDate lastDay = PeriodType.CALENDAR_YEAR.lastDay(YEAR);

  @Test
  void aSchoolJoiningBeforeTheDocumentsDeadlineKeepsTheCyclesDeadlines() {
    assertThat(JoiningDeadlines.of(cycle, LocalDate.of(YEAR, 1, 10), lastDay)).isEqualTo(cycle);
  }

  @Test
  void inMarchItsDocumentsAreDueFourWeeksLaterAndTheStageReportsStay() {
    CycleDeadlines d = JoiningDeadlines.of(cycle, LocalDate.of(YEAR, 3, 15), lastDay);
    assertThat(d.documentsDue()).isEqualTo(LocalDate.of(YEAR, 4, 12));
    assertThat(d.stage1Due()).as("31.05 is seven weeks after the documents: reachable").isEqualTo(cycle.stage1Due());
    assertThat(d.stage2Due()).isEqualTo(cycle.stage2Due());
    assertThat(d.finalDue()).isEqualTo(cycle.finalDue());
    assertThat(d.listDue()).isEqualTo(cycle.listDue());
  }

  @Test
  void inMayTheStageOneReportMovesToFourWeeksAfterTheDocuments() {
    CycleDeadlines d = JoiningDeadlines.of(cycle, LocalDate.of(YEAR, 5, 10), lastDay);
    assertThat(d.documentsDue()).isEqualTo(LocalDate.of(YEAR, 6, 7));
    assertThat(d.stage1Due()).isEqualTo(LocalDate.of(YEAR, 7, 5));
    assertThat(d.stage2Due()).isEqualTo(cycle.stage2Due());
  }

  @Test
  void lateInTheYearEveryDeadlineKeepsItsOrderAndNoneFallsAfterThePeriod() {
    CycleDeadlines d = JoiningDeadlines.of(cycle, LocalDate.of(YEAR, 10, 20), lastDay);
    assertThat(d.documentsDue()).isEqualTo(LocalDate.of(YEAR, 11, 17));
    assertThat(d.stage1Due()).isEqualTo(LocalDate.of(YEAR, 12, 15));
    assertThat(d.stage2Due()).isEqualTo(lastDay);
    assertThat(d.finalDue()).isEqualTo(lastDay);
    assertThat(d.stage1Due()).isAfterOrEqualTo(d.documentsDue());
  }
}
