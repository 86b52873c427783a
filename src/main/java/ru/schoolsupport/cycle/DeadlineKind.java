package ru.schoolsupport.cycle;

/** The deadlines of a cycle a coordinator may move, for one school or for all. */
public enum DeadlineKind {
  LIST("срок формирования перечня"),
  DOCUMENTS("срок документов школ"),
  STAGE1("срок отчёта за I этап"),
  STAGE2("срок отчёта за II этап"),
  FINAL("срок итогового отчёта");

  private final String title;

  DeadlineKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public java.time.LocalDate of(CycleDeadlines deadlines) {
    return switch (this) {
      case LIST -> deadlines.listDue();
      case DOCUMENTS -> deadlines.documentsDue();
      case STAGE1 -> deadlines.stage1Due();
      case STAGE2 -> deadlines.stage2Due();
      case FINAL -> deadlines.finalDue();
    };
  }

  public CycleDeadlines with(CycleDeadlines d, java.time.LocalDate date) {
    return switch (this) {
      case LIST -> new CycleDeadlines(date, d.documentsDue(), d.stage1Due(), d.stage2Due(), d.finalDue());
      case DOCUMENTS -> new CycleDeadlines(d.listDue(), date, d.stage1Due(), d.stage2Due(), d.finalDue());
      case STAGE1 -> new CycleDeadlines(d.listDue(), d.documentsDue(), date, d.stage2Due(), d.finalDue());
      case STAGE2 -> new CycleDeadlines(d.listDue(), d.documentsDue(), d.stage1Due(), date, d.finalDue());
      case FINAL -> new CycleDeadlines(d.listDue(), d.documentsDue(), d.stage1Due(), d.stage2Due(), date);
    };
  }

  /** The deadline of a report stage: 1, 2, or 0 for the final report. */
  /** A stage report's deadline (I or II), not the final report's. */
  public boolean isStage() {
    return this == STAGE1 || this == STAGE2;
  }

  public static DeadlineKind ofReportStage(int stage) {
    return switch (stage) {
      case 1 -> STAGE1;
      case 2 -> STAGE2;
      case 0 -> FINAL;
      default -> throw new IllegalArgumentException("No report stage " + stage);
    };
  }

  public static DeadlineKind parse(String value) {
    if (value == null) {
      return null;
    }
    for (DeadlineKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value.strip())) {
        return kind;
      }
    }
    return null;
  }
}
