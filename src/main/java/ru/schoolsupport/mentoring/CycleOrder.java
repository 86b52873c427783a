package ru.schoolsupport.mentoring;

import java.time.LocalDate;
import java.util.List;
import ru.schoolsupport.cycle.CycleDeadlines;

/**
 * What the order (приказ) of a cycle says, in the shape of seed 002: the coordinator, the working
 * group, the table «Школа-наставник | Курируемая школа» with directors' names, the curators, the
 * schools' deadlines, who controls it, and the list as an appendix.
 */
public record CycleOrder(
    String municipalityName,
    String number,
    LocalDate date,
    String periodLabel,
    NamedPerson head,
    NamedPerson coordinator,
    NamedPerson controller,
    List<NamedPerson> workingGroup,
    List<MentorRow> mentorRows,
    List<CuratorRow> curatorRows,
    List<ListRow> list,
    CycleDeadlines deadlines) {

  /** A person as the order names them: «Баранова Е.В.», with a position. */
  public record NamedPerson(String shortName, String position, String email) {
  }

  /** One mentor school and the schools it supervises, each with its director. */
  public record MentorRow(String mentorSchool, String mentorDirector, List<String[]> supervised) {
  }

  /** One curator and the schools attached to them. */
  public record CuratorRow(String curator, List<String> schools) {
  }

  public record ListRow(String school, String category, String project) {
  }
}
