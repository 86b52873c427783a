package ru.schoolsupport.listformation;

/** Where a school on the list came from. */
public enum CandidateSource {
  REGIONAL_LIST("региональный перечень"),
  INDICATORS("показатели школы"),
  CARRIED_OVER("продолжает сопровождение по итогам прошлого цикла"),
  /** Taken out of the project during the last cycle (docs/adr/0040): proposed again, for the coordinator to decide. */
  STOPPED("выведена из проекта в прошлом цикле"),
  COORDINATOR("добавлена координатором"),
  DURING_YEAR("включена в течение года приказом о внесении изменений");

  private final String title;

  CandidateSource(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
