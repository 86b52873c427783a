package ru.schoolsupport.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.process.RussianNumbers;
import ru.schoolsupport.schoolyear.StageReport.MeasureProgress;

/** The share of the roadmap done follows from the measures' statuses and is written the Russian way. */
class RoadmapDoneShareTest {

  private static List<StageReport.MeasureStatus> measures(MeasureProgress... progress) {
    List<StageReport.MeasureStatus> list = new java.util.ArrayList<>();
    for (int i = 0; i < progress.length; i++) {
      list.add(new StageReport.MeasureStatus((long) i, "1." + i, progress[i], null));
    }
    return list;
  }

  @Test
  void theMeasuresDoneAmongThoseNotCancelled() {
    assertThat(StageReportService.doneShare(measures(MeasureProgress.DONE, MeasureProgress.IN_PROGRESS,
        MeasureProgress.NOT_STARTED))).isEqualByComparingTo("33.3");
    assertThat(StageReportService.doneShare(measures(MeasureProgress.DONE, MeasureProgress.CANCELLED)))
        .isEqualByComparingTo("100");
    assertThat(StageReportService.doneShare(measures(MeasureProgress.DONE, MeasureProgress.DONE,
        MeasureProgress.DONE, MeasureProgress.DONE, MeasureProgress.IN_PROGRESS, MeasureProgress.IN_PROGRESS,
        MeasureProgress.NOT_STARTED, MeasureProgress.NOT_STARTED))).isEqualByComparingTo("50");
    assertThat(StageReportService.doneShare(measures(MeasureProgress.CANCELLED))).isEqualByComparingTo("0");
    assertThat(StageReportService.doneShare(List.of())).isEqualByComparingTo("0");
  }

  @Test
  void numbersAreWrittenWithADecimalComma() {
    assertThat(RussianNumbers.percent(new BigDecimal("42.50"))).isEqualTo("42,5 %");
    assertThat(RussianNumbers.percent(new BigDecimal("100.0"))).isEqualTo("100 %");
    assertThat(RussianNumbers.percent(null)).isEqualTo("—");
    assertThat(RussianNumbers.decimal(new BigDecimal("12.345"))).isEqualTo("12,35");
    assertThat(RussianNumbers.decimal(new BigDecimal("1E+2"))).isEqualTo("100");
  }
}
