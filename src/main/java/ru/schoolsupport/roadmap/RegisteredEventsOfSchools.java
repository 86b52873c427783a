package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.schoolsupport.schoolyear.RegisteredEvents;

/** The register's events a school took part in, for its stage report (schoolyear/RegisteredEvents). */
@Component
class RegisteredEventsOfSchools implements RegisteredEvents {

  private final EventRepository events;

  RegisteredEventsOfSchools(EventRepository events) {
    this.events = events;
  }

  @Override
  public List<Attended> attendedBy(long cycleId, String schoolCode, LocalDate from, LocalDate upTo) {
    return events.ofCycle(cycleId).stream()
        .filter(e -> e.schools().contains(schoolCode))
        .filter(e -> (from == null || !e.heldOn().isBefore(from)) && (upTo == null || !e.heldOn().isAfter(upTo)))
        .sorted(Comparator.comparing(CycleEvent::heldOn))
        .map(e -> new Attended(e.heldOn(), reportKind(e.kind()), e.kind().title(), e.topic(),
            e.hostOrganisation()))
        .toList();
  }

  /** The stage report's field an event of this kind counts in. */
  static String reportKind(EventKind kind) {
    return switch (kind) {
      case CONSULTATION -> "consultations";
      case SEMINAR, WEBINAR -> "seminars";
      case VISIT -> "visits";
      case ROUND_TABLE -> "roundTables";
      case MEETING, COURSE -> "otherEvents";
    };
  }
}
