package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.util.List;

/** An event of the cycle's register: a consultation, seminar, webinar, visit, round table, meeting or course. */
public record CycleEvent(
    Long id,
    long cycleId,
    LocalDate heldOn,
    EventKind kind,
    String topic,
    String hostOrganisation,
    String hostPerson,
    EventFormat format,
    Integer participants,
    String materialsLink,
    Long roadmapItemId,
    List<String> schools,
    String createdBy) {
}
