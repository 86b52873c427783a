package ru.schoolsupport.process;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns the dates people write in orders («срок исполнения — 15.02») into the instants the engine
 * uses: a deadline is the end of that working day in the municipality's time zone. "Now" is the
 * engine's clock, so tests that move the engine's clock move deadlines with it.
 */
@Component
public class WorkCalendar {

  private final ZoneId zone;
  private final LocalTime endOfWorkingDay;

  public WorkCalendar(Settings settings) {
    this.zone = ZoneId.of(settings.timeZone());
    this.endOfWorkingDay = LocalTime.parse(settings.endOfWorkingDay());
  }

  public ZoneId zone() {
    return zone;
  }

  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  public LocalDate today() {
    return now().toInstant().atZone(zone).toLocalDate();
  }

  /** The instant a deadline given as a date falls due: the end of that working day. */
  public Date dueAt(LocalDate deadline) {
    return Date.from(ZonedDateTime.of(deadline, endOfWorkingDay, zone).toInstant());
  }

  /**
   * When a task with this deadline falls due: the deadline itself, but never less than a week from
   * now, so that work created late (a cycle started after its list deadline) still gets time.
   */
  public Date dueWithAtLeastAWeek(LocalDate deadline) {
    Date due = dueAt(deadline);
    Date soonest = dueAt(today().plusDays(7));
    return due.before(soonest) ? soonest : due;
  }

  /**
   * A task given a period from now (a review of 7 days, a control of 5) is due at the end of the
   * working day the period ends on, as every deadline is: not at the minute it was created.
   */
  public Date dueIn(Duration period) {
    return dueAt(toDate(after(now(), period)));
  }

  public Date after(Date from, Duration duration) {
    return Date.from(from.toInstant().plus(duration));
  }

  public LocalDate toDate(Date instant) {
    return instant.toInstant().atZone(zone).toLocalDate();
  }

  @ConfigurationProperties("schoolsupport.calendar")
  public record Settings(String timeZone, String endOfWorkingDay) {
    public Settings {
      timeZone = timeZone == null ? "Europe/Moscow" : timeZone;
      endOfWorkingDay = endOfWorkingDay == null ? "18:00" : endOfWorkingDay;
    }
  }
}
