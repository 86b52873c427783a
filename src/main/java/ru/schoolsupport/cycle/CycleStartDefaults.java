package ru.schoolsupport.cycle;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The start form's defaults: the coming period's year and its default deadlines, for each period
 * type. Referenced from the model's start form fields as {@code ${cycleStartDefaults.…}}.
 */
@Component("cycleStartDefaults")
public class CycleStartDefaults {

  private final WorkCalendar calendar;

  public CycleStartDefaults(WorkCalendar calendar) {
    this.calendar = calendar;
  }

  /** The year a cycle started now most likely covers: next year's in late autumn, else this one's. */
  public long calendarYear() {
    LocalDate today = calendar.today();
    return today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
  }

  /** The school year under way or about to start: 2025 for 2025/26 from June 2025 to May 2026. */
  public long schoolYear() {
    LocalDate today = calendar.today();
    return today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
  }

  /** A default deadline as the form's date field takes it (yyyy-MM-dd). */
  public String deadline(String periodType, String field) {
    PeriodType type = PeriodType.valueOf(periodType);
    CycleDeadlines d = type.defaultDeadlines((int) (type == PeriodType.CALENDAR_YEAR ? calendarYear() : schoolYear()));
    return switch (field) {
      case "ListDue" -> d.listDue().toString();
      case "DocumentsDue" -> d.documentsDue().toString();
      case "Stage1Due" -> d.stage1Due().toString();
      case "Stage2Due" -> d.stage2Due().toString();
      case "FinalDue" -> d.finalDue().toString();
      default -> throw new IllegalArgumentException("Unknown deadline field " + field);
    };
  }
}
