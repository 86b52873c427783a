package ru.schoolsupport.dossier;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.schoolsupport.access.MySchoolsFilter;
import ru.schoolsupport.process.WorkCalendar;

/**
 * «Мои школы»: the schools a person watches ({@code ss_school_watch}), a school by its code across
 * cycles; and how far each watcher has been told of a watched school's changes (the audit's id).
 */
@Service
public class Watchlist {

  private final JdbcClient jdbc;
  private final WorkCalendar calendar;
  private final MySchoolsFilter mySchools;

  public Watchlist(JdbcClient jdbc, WorkCalendar calendar, MySchoolsFilter mySchools) {
    this.mySchools = mySchools;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** A watcher and a school they watch, told of its changes up to an audit id. */
  public record Watch(String login, String schoolCode, long toldUpTo) {
  }

  /** Starts watching (from now on: earlier changes are not news); watching twice changes nothing. */
  public void watch(String login, String schoolCode) {
    if (watches(login, schoolCode)) {
      return;
    }
    long latest = jdbc.sql("select coalesce(max(id), 0) from ss_school_audit").query(Long.class).single();
    jdbc.sql("insert into ss_school_watch (login, school_code, created_at, told_up_to) values (?, ?, ?, ?)")
        .params(login, schoolCode, Timestamp.from(calendar.now().toInstant()), latest).update();
    mySchools.refresh(login);
  }

  public void unwatch(String login, String schoolCode) {
    jdbc.sql("delete from ss_school_watch where login = ? and school_code = ?").params(login, schoolCode).update();
    mySchools.refresh(login);
  }

  public boolean watches(String login, String schoolCode) {
    return jdbc.sql("select count(*) from ss_school_watch where login = ? and school_code = ?")
        .params(login, schoolCode).query(Integer.class).single() > 0;
  }

  /** The codes of the schools a person watches. */
  public Set<String> schoolsOf(String login) {
    return Set.copyOf(jdbc.sql("select school_code from ss_school_watch where login = ? order by school_code")
        .param(login).query(String.class).list());
  }

  /** Every watch, for the daily news. */
  public List<Watch> all() {
    return jdbc.sql("select login, school_code, told_up_to from ss_school_watch order by login, school_code")
        .query((rs, n) -> new Watch(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
  }

  /** A change of a watched school not yet told to its watcher. */
  public record News(String login, long auditId, long cycleId, String schoolCode, String field, String oldValue,
      String newValue, java.time.Instant changedAt) {
  }

  /** Every watcher's untold changes of these fields, by watcher and in the order they happened. */
  public List<News> untold(Set<String> fields) {
    return jdbc.sql("""
            select w.login, a.id, a.cycle_id, a.school_code, a.field, a.old_value, a.new_value, a.changed_at
            from ss_school_watch w join ss_school_audit a on a.school_code = w.school_code and a.id > w.told_up_to
            where a.field in (:fields) order by w.login, a.id""")
        .param("fields", fields)
        .query((rs, n) -> new News(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
        .list();
  }

  public void told(String login, String schoolCode, long upTo) {
    jdbc.sql("update ss_school_watch set told_up_to = ? where login = ? and school_code = ? and told_up_to < ?")
        .params(upTo, login, schoolCode, upTo).update();
  }
}
