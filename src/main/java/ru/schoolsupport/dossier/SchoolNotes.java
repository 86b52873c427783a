package ru.schoolsupport.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The visits and contacts recorded on a school's dossier ({@code ss_school_note}): checked field by field
 * (a 400 in Russian naming each wrong field), kept with their author, and the next review date, which
 * reminds the author as a task's due date does ({@code reminders/ReviewReminders}).
 */
@Service
public class SchoolNotes {

  static final int MAX_PEOPLE = 1000;
  static final int MAX_TEXT = 4000;

  /** What kind of contact it was. */
  public enum Kind {
    VISIT("Посещение школы"),
    MEETING("Встреча, совещание"),
    CALL("Телефонный разговор"),
    ONLINE("Видеосвязь"),
    OTHER("Другое");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }

    static Kind parse(String text) {
      if (text == null) {
        return null;
      }
      for (Kind kind : values()) {
        if (kind.name().equalsIgnoreCase(text.strip()) || kind.title.equalsIgnoreCase(text.strip())) {
          return kind;
        }
      }
      return null;
    }
  }

  /** One recorded visit or contact. */
  public record Note(long id, long cycleId, String schoolCode, LocalDate date, Kind kind, String peopleMet,
      String keyProblems, String agreedActions, LocalDate nextReview, String author, Instant createdAt) {
  }

  private final JdbcClient jdbc;
  private final WorkCalendar calendar;
  private final SchoolAudit audit;

  public SchoolNotes(JdbcClient jdbc, WorkCalendar calendar, SchoolAudit audit) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.audit = audit;
  }

  /**
   * Checks what the form sent and records it; the field names are the API's ({@code date}, {@code kind},
   * {@code peopleMet}, {@code keyProblems}, {@code agreedActions}, {@code nextReview}).
   */
  public Note record(Cycle cycle, String schoolCode, String author, Map<String, Object> body) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> in = body == null ? Map.of() : body;
    LocalDate first = cycle.periodType().firstDay(cycle.startYear());
    LocalDate last = cycle.periodType().lastDay(cycle.startYear());
    LocalDate today = calendar.today();
    LocalDate date = date(in.get("date"), "«Дата»", true, problems);
    if (date != null && date.isAfter(today)) {
      problems.add("поле «Дата»: " + CycleService.RUSSIAN_DATE.format(date) + " ещё не наступила — запишите посещение после него");
    } else if (date != null && date.isBefore(first.minusMonths(6))) {
      problems.add("поле «Дата»: " + CycleService.RUSSIAN_DATE.format(date) + " задолго до начала цикла");
    }
    Kind kind = Kind.parse(text(in.get("kind")));
    if (kind == null) {
      problems.add("поле «Вид»: выберите посещение, встречу, телефонный разговор, видеосвязь или другое");
    }
    String people = text(in.get("peopleMet"));
    required(people, "«С кем встречались»", MAX_PEOPLE, problems);
    String keyProblems = text(in.get("keyProblems"));
    optional(keyProblems, "«Ключевые проблемы»", MAX_TEXT, problems);
    String actions = text(in.get("agreedActions"));
    optional(actions, "«Договорённости»", MAX_TEXT, problems);
    if (keyProblems == null && actions == null) {
      problems.add("заполните поле «Ключевые проблемы» или «Договорённости»: запись без содержания не сохраняется");
    }
    LocalDate nextReview = date(in.get("nextReview"), "«Следующая проверка»", false, problems);
    if (nextReview != null && !nextReview.isAfter(today)) {
      problems.add("поле «Следующая проверка»: дата должна быть позже сегодняшней");
    } else if (nextReview != null && nextReview.isAfter(last.plusMonths(6))) {
      problems.add("поле «Следующая проверка»: " + CycleService.RUSSIAN_DATE.format(nextReview)
          + " позже конца цикла больше чем на полгода");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    Instant now = calendar.now().toInstant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_school_note (cycle_id, school_code, note_date, kind, people_met, key_problems, agreed_actions,
                                        next_review, author, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cycle.id(), schoolCode, date, kind.name(), people, keyProblems, actions, nextReview, author,
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    audit.record(cycle.id(), schoolCode, AuditField.NOTE, null, kind.title() + " " + CycleService.RUSSIAN_DATE.format(date));
    return new Note(id, cycle.id(), schoolCode, date, kind, people, keyProblems, actions, nextReview, author, now);
  }

  /** The school's notes in the cycle, newest first. */
  public List<Note> of(long cycleId, String schoolCode) {
    return jdbc.sql("""
            select id, cycle_id, school_code, note_date, kind, people_met, key_problems, agreed_actions, next_review,
                   author, created_at
            from ss_school_note where cycle_id = ? and school_code = ? order by note_date desc, id desc""")
        .params(cycleId, schoolCode).query(SchoolNotes::map).list();
  }

  /** The notes whose next review falls on or before a day and has not passed before {@code from}, for reminders. */
  public List<Note> reviewsDue(LocalDate from, LocalDate upTo) {
    return jdbc.sql("""
            select id, cycle_id, school_code, note_date, kind, people_met, key_problems, agreed_actions, next_review,
                   author, created_at
            from ss_school_note where next_review >= ? and next_review <= ? order by next_review, id""")
        .params(from, upTo).query(SchoolNotes::map).list();
  }

  private static Note map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Note(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
        Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
        rs.getObject(9, LocalDate.class), rs.getString(10), rs.getTimestamp(11).toInstant());
  }

  private static LocalDate date(Object value, String field, boolean required, List<String> problems) {
    String text = text(value);
    if (text == null) {
      if (required) {
        problems.add("поле " + field + ": укажите дату");
      }
      return null;
    }
    try {
      if (text.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
        return LocalDate.parse(text, CycleService.RUSSIAN_DATE);
      }
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add("поле " + field + ": «" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
          + "» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)");
      return null;
    }
  }

  private static void required(String text, String field, int max, List<String> problems) {
    if (text == null) {
      problems.add("поле " + field + ": заполните его");
    } else {
      optional(text, field, max, problems);
    }
  }

  private static void optional(String text, String field, int max, List<String> problems) {
    if (text != null && text.length() > max) {
      problems.add("поле " + field + ": не длиннее " + max + " знаков (сейчас " + text.length() + ")");
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text.toLowerCase(Locale.ROOT).equals("null") ? null : text;
  }
}
