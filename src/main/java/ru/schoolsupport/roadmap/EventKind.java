package ru.schoolsupport.roadmap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of event the register holds, with the word forms a report counts them in. */
public enum EventKind {
  CONSULTATION("Консультация", "консультация", "консультации", "консультаций"),
  SEMINAR("Семинар", "семинар", "семинара", "семинаров"),
  WEBINAR("Вебинар", "вебинар", "вебинара", "вебинаров"),
  VISIT("Выезд в школу", "выезд в школу", "выезда в школы", "выездов в школы"),
  ROUND_TABLE("Круглый стол", "круглый стол", "круглых стола", "круглых столов"),
  MEETING("Совещание", "совещание", "совещания", "совещаний"),
  COURSE("Курсы повышения квалификации", "курсы повышения квалификации", "курсов повышения квалификации",
      "курсов повышения квалификации");

  private final String title;
  private final String one;
  private final String few;
  private final String many;

  EventKind(String title, String one, String few, String many) {
    this.title = title;
    this.one = one;
    this.few = few;
    this.many = many;
  }

  public String title() {
    return title;
  }

  /** «8 консультаций», «3 семинара», «1 круглый стол». */
  public String count(int n) {
    int lastTwo = Math.abs(n) % 100;
    int last = lastTwo % 10;
    String word = lastTwo >= 11 && lastTwo <= 14 ? many : last == 1 ? one : last >= 2 && last <= 4 ? few : many;
    return n + " " + word;
  }

  /** The code or the Russian title, as a table or a request writes it. */
  public static Optional<EventKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.title.toLowerCase(Locale.ROOT).equals(t)
        || k.one.equals(t) || (k == VISIT && (t.equals("выезд") || t.equals("посещение")))
        || (k == COURSE && t.equals("курсы"))).findFirst();
  }
}
