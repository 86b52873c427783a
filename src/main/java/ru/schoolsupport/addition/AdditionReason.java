package ru.schoolsupport.addition;

/** Why a school joins a running cycle. */
public enum AdditionReason {
  REGIONAL_LIST("региональный перечень, поступивший в течение года"),
  COLLEGIUM("решение коллегии"),
  OTHER("иное основание");

  private final String title;

  AdditionReason(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** Whether the reason needs its act named (the regional list's order, the collegium's protocol). */
  public boolean needsBasis() {
    return this != OTHER;
  }

  public static AdditionReason parse(String value) {
    if (value == null) {
      return null;
    }
    for (AdditionReason reason : values()) {
      if (reason.name().equalsIgnoreCase(value.strip())) {
        return reason;
      }
    }
    return null;
  }
}
