package ru.schoolsupport.listformation;

import java.util.Locale;

/** Why a school is supported: low results (ШНОР), unfavourable social conditions (ШФНСУ), or both. */
public enum Category {
  SHNOR("ШНОР"),
  SHFNSU("ШФНСУ"),
  BOTH("ШНОР и ШФНСУ");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public Category plus(Category other) {
    return other == null || other == this ? this : BOTH;
  }

  public static Category parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    boolean low = t.contains("ШНОР") || t.contains("ШНРО") || t.equals("SHNOR");
    boolean social = t.contains("ШФНСУ") || t.equals("SHFNSU");
    if (t.equals("BOTH") || (low && social)) {
      return BOTH;
    }
    return low ? SHNOR : social ? SHFNSU : null;
  }
}
