package ru.schoolsupport.reporting;

/** Where a municipal report stands. */
public enum MunicipalReportStatus {
  DRAFT("Проект"),
  SUBMITTED("На утверждении у начальника"),
  RETURNED("Возвращён на доработку"),
  APPROVED("Утверждён"),
  SENT("Направлен в региональный институт");

  private final String title;

  MunicipalReportStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
