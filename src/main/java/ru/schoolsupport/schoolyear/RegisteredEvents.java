package ru.schoolsupport.schoolyear;

import java.time.LocalDate;
import java.util.List;

/**
 * The events of the cycle's register a school took part in (issue 24): its stage report starts from them,
 * counted by the report's kinds and listed, and the school adds what the register does not know. Kept in
 * the roadmap feature (roadmap/EventService); this interface keeps the school's year free of it.
 */
public interface RegisteredEvents {

  /** One event as the report lists it; {@code reportKind} is the report's field (consultations, seminars…). */
  record Attended(LocalDate heldOn, String reportKind, String kindTitle, String topic, String host) {
  }

  /** The events of the cycle held from {@code from} to {@code upTo} (inclusive) the school took part in. */
  List<Attended> attendedBy(long cycleId, String schoolCode, LocalDate from, LocalDate upTo);
}
