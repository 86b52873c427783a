package ru.schoolsupport.listformation;

import java.util.Locale;

/** The project a school is supported under. */
public enum Project {
  P500("500+"),
  ROV("Равенство образовательных возможностей"),
  MUNICIPAL("Муниципальный проект");

  private final String title;

  Project(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static Project parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (t.contains("500")) {
      return P500;
    }
    if (t.contains("равенств") || t.equals("ров") || t.equals("rov")) {
      return ROV;
    }
    if (t.contains("муницип") || t.equals("municipal")) {
      return MUNICIPAL;
    }
    return null;
  }
}
