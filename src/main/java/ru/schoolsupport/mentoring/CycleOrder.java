package ru.schoolsupport.mentoring;

import java.time.LocalDate;
import java.util.List;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.documents.RussianCases;

/**
 * What the order (приказ) of a cycle says, in the shape of seed 002: the department and the place, the
 * legal basis (the acts that give the regional list), the coordinator, the working group, the table
 * «Школа-наставник | Курируемая школа» with directors' names, the curators, the schools' deadlines, who
 * controls it, the list as an appendix, and everyone named on its sign-off sheet.
 *
 * @param place the place line, «г. Приреченск»
 * @param periodLabel «2026/27» or «2026», for file names and subjects
 * @param period as the text says it: «в 2026/2027 учебном году», «в 2026 году»
 * @param basis the acts the regional list of the cycle's year was given by, as imported
 *     («приказ министерства образования области от 14.02.2026 № 141»)
 * @param acquainted everyone the order names, for the sign-off sheet («лист ознакомления»)
 * @param appendices further appendices (the approved municipal roadmap), numbered from 2 after the list
 */
public record CycleOrder(
    String municipalityName,
    String place,
    String number,
    LocalDate date,
    String periodLabel,
    String period,
    List<String> basis,
    NamedPerson head,
    NamedPerson coordinator,
    NamedPerson controller,
    List<NamedPerson> workingGroup,
    List<MentorRow> mentorRows,
    List<CuratorRow> curatorRows,
    List<ListRow> list,
    CycleDeadlines deadlines,
    List<NamedPerson> acquainted,
    List<CycleOrderAppendix.Part> appendices) {

  /** The order without further appendices (as before the roadmap could be attached). */
  public CycleOrder(String municipalityName, String place, String number, LocalDate date, String periodLabel,
      String period, List<String> basis, NamedPerson head, NamedPerson coordinator, NamedPerson controller,
      List<NamedPerson> workingGroup, List<MentorRow> mentorRows, List<CuratorRow> curatorRows, List<ListRow> list,
      CycleDeadlines deadlines, List<NamedPerson> acquainted) {
    this(municipalityName, place, number, date, periodLabel, period, basis, head, coordinator, controller, workingGroup,
        mentorRows, curatorRows, list, deadlines, acquainted, List.of());
  }

  /**
   * A person as the order names them, with the position as the directory gives it and, if the directory
   * has it, the position's genitive («главного специалиста …»).
   */
  public record NamedPerson(String lastName, String firstName, String middleName, String position,
      String positionGenitive, String email) {

    /** «Баранова Е.В.» */
    public String shortName() {
      return shortName(RussianCases.Case.NOMINATIVE);
    }

    /** «Баранову Е.В.» in the accusative. */
    public String shortName(RussianCases.Case grammaticalCase) {
      return RussianCases.shortName(lastName, firstName, middleName, grammaticalCase);
    }

    /** «Баранова Елена Викторовна» */
    public String fullName() {
      return RussianCases.fullName(lastName, firstName, middleName, RussianCases.Case.NOMINATIVE);
    }

    /** «М.С. Орлова», as a signature is set. */
    public String initialsFirst() {
      String shortName = shortName();
      int space = shortName.indexOf(' ');
      return space < 0 ? shortName : shortName.substring(space + 1) + " " + shortName.substring(0, space);
    }
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
