package ru.schoolsupport.collegium;

import java.util.Locale;
import ru.schoolsupport.assignment.ExecutorKind;

/** Reads an executor's kind as forms and tables write it: the code or its Russian word. */
final class ExecutorKinds {

  private ExecutorKinds() {
  }

  /** The kind, or null if the text names none. */
  static ExecutorKind parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    return switch (t) {
      case "person", "сотрудник", "лицо", "должностное лицо", "человек" -> ExecutorKind.PERSON;
      case "group", "группа", "роль" -> ExecutorKind.GROUP;
      case "school", "школа", "оу", "оо" -> ExecutorKind.SCHOOL;
      default -> null;
    };
  }

  static String title(ExecutorKind kind) {
    return switch (kind) {
      case PERSON -> "сотрудник";
      case GROUP -> "группа";
      case SCHOOL -> "школа";
    };
  }
}
