package ru.schoolsupport.reminders;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.process.WorkCalendar;

/** Each person's choice of single mails or a daily digest ({@code ss_reminder_preference}); single by default. */
@Repository
public class ReminderPreferences {

  private final JdbcClient jdbc;
  private final WorkCalendar calendar;

  public ReminderPreferences(JdbcClient jdbc, WorkCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  public Delivery get(String login) {
    return jdbc.sql("select delivery from ss_reminder_preference where login = ?").param(login).query(String.class)
        .optional().map(Delivery::valueOf).orElse(Delivery.SINGLE);
  }

  /** Everyone who chose something (the others get single mails). */
  public Map<String, Delivery> all() {
    Map<String, Delivery> all = new HashMap<>();
    jdbc.sql("select login, delivery from ss_reminder_preference")
        .query(rs -> {
          all.put(rs.getString(1), Delivery.valueOf(rs.getString(2)));
        });
    return all;
  }

  public void set(String login, Delivery delivery) {
    Timestamp now = Timestamp.from(calendar.now().toInstant());
    if (jdbc.sql("update ss_reminder_preference set delivery = ?, updated_at = ? where login = ?")
        .params(delivery.name(), now, login).update() == 0) {
      jdbc.sql("insert into ss_reminder_preference (login, delivery, updated_at) values (?, ?, ?)")
          .params(login, delivery.name(), now).update();
    }
  }
}
