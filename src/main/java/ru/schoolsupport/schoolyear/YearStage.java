package ru.schoolsupport.schoolyear;

/** Where one school's year stands, as the monitoring and Cockpit show it. */
public enum YearStage {
  SELF_ASSESSMENT("Самодиагностика"),
  DOCUMENTS("Документы на проверке куратора"),
  JOINT_PLAN("Совместный план со школой-наставником"),
  STAGE_REPORT("Реализация программ и отчёты за этапы"),
  FINAL_REPORT("Итоговый отчёт"),
  OUTCOME("Решение по итогам года"),
  FINISHED("Год сопровождения завершён");

  private final String title;

  YearStage(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** Where every school's year starts: the stage of schoolSupport's first task (Task_AssessRisks). */
  public static YearStage first() {
    return SELF_ASSESSMENT;
  }

  /** The title of a stage as stored ({@code ss_cycle_school.year_stage}); {@code none} before the year starts. */
  public static String titleOf(String name, String none) {
    if (name == null) {
      return none;
    }
    try {
      return valueOf(name).title();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
