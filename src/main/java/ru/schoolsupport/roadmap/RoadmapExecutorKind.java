package ru.schoolsupport.roadmap;

import java.util.Locale;

/**
 * Who carries out a roadmap item: a person (login), a role's group (group id), a school (code), or the
 * base organisation (the methodological centre, whose people are the methodists).
 */
public enum RoadmapExecutorKind {
  PERSON,
  GROUP,
  SCHOOL,
  BASE;

  /** The reference the base organisation is stored with. */
  public static final String BASE_REF = "base";

  static RoadmapExecutorKind parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
