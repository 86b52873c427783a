package ru.schoolsupport.reporting;

/** Counts in Russian text: «1 консультация», «3 семинара», «8 консультаций». */
final class RussianCount {

  private RussianCount() {
  }

  /** The number with the word in the form the number asks for: one, few (2–4), many. */
  static String of(int n, String one, String few, String many) {
    return n + " " + word(n, one, few, many);
  }

  static String word(int n, String one, String few, String many) {
    int lastTwo = Math.abs(n) % 100;
    int last = lastTwo % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    if (last == 1) {
      return one;
    }
    if (last >= 2 && last <= 4) {
      return few;
    }
    return many;
  }

  static String consultations(int n) {
    return of(n, "консультация", "консультации", "консультаций");
  }

  static String seminars(int n) {
    return of(n, "семинар", "семинара", "семинаров");
  }

  static String visits(int n) {
    return of(n, "выезд в школу", "выезда в школы", "выездов в школы");
  }

  static String roundTables(int n) {
    return of(n, "круглый стол", "круглых стола", "круглых столов");
  }

  static String otherEvents(int n) {
    return of(n, "другое мероприятие", "других мероприятия", "других мероприятий");
  }

  /** «из 3 школ», «из 21 школы»: the count after «из». */
  static String ofSchools(int n) {
    return "из " + n + " " + (n % 10 == 1 && n % 100 != 11 ? "школы" : "школ");
  }

  static String schools(int n) {
    return of(n, "школа", "школы", "школ");
  }
}
