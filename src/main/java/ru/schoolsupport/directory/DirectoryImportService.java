package ru.schoolsupport.directory;

import static ru.schoolsupport.directory.DirectoryColumns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.spreadsheet.ImportRejectedException;
import ru.schoolsupport.spreadsheet.ImportRejectedException.LineProblem;
import ru.schoolsupport.spreadsheet.SpreadsheetReader;
import ru.schoolsupport.spreadsheet.SpreadsheetTable;

/**
 * Imports the department's directory files — schools, then people — into our tables and the
 * engine's users and groups. A file is checked whole before anything is stored: one bad row refuses
 * the file with a message per line. A re-import updates what changed and never duplicates.
 */
@Service
public class DirectoryImportService {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  static final Pattern LOGIN = Pattern.compile("[a-z0-9_.@-]{1,64}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final SpreadsheetReader reader;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final CamundaIdentitySync identitySync;

  public DirectoryImportService(SpreadsheetReader reader, DirectoryRepository directory,
      MunicipalityProperties municipality, CamundaIdentitySync identitySync) {
    this.reader = reader;
    this.directory = directory;
    this.municipality = municipality;
    this.identitySync = identitySync;
  }

  @Transactional
  public ImportResult importSchools(String fileName, byte[] content) {
    SpreadsheetTable table = reader.read(fileName, content, SCHOOLS_REQUIRED);
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    List<School> schools = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      int before = problems.size();
      String code = required(row, SCHOOL_CODE, problems);
      if (code != null && !CODE.matcher(code).matches()) {
        problems.add(new LineProblem(row.line(), "код школы «" + code
            + "» может состоять только из латинских букв, цифр и знаков «.», «_», «-» (до 64 знаков)"));
      }
      if (code != null && lineOfCode.containsKey(code)) {
        problems.add(new LineProblem(row.line(), "код школы «" + code + "» уже встречается в строке "
            + lineOfCode.get(code)));
      }
      String fullName = required(row, SCHOOL_FULL_NAME, problems);
      String shortName = required(row, SCHOOL_SHORT_NAME, problems);
      String email = email(row, SCHOOL_EMAIL, false, problems);
      Boolean canMentor = yesNo(row, SCHOOL_CAN_MENTOR, problems);
      if (code != null) {
        lineOfCode.putIfAbsent(code, row.line());
      }
      if (problems.size() == before) {
        schools.add(new School(null, code, fullName, shortName, row.get(SCHOOL_DISTRICT), canMentor, email,
            row.get(SCHOOL_PHONE), row.get(SCHOOL_ADDRESS)));
      }
    }
    if (table.rows().isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одной школы."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }

    long municipalityId = directory.saveMunicipality(municipality);
    Map<String, School> existing = directory.schoolsByCode();
    int created = 0;
    int updated = 0;
    for (School school : schools) {
      School old = existing.get(school.code());
      if (old == null) {
        directory.insertSchool(municipalityId, school);
        created++;
      } else if (!old.sameAs(school)) {
        directory.updateSchool(school);
        updated++;
      }
    }
    identitySync.syncSchoolGroups(schools);
    return new ImportResult(fileName, created, updated, schools.size() - created - updated);
  }

  @Transactional
  public ImportResult importPeople(String fileName, byte[] content) {
    SpreadsheetTable table = reader.read(fileName, content, PEOPLE_REQUIRED);
    Set<String> knownSchools = new HashSet<>(directory.schoolsByCode().keySet());
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> lineOfLogin = new HashMap<>();
    List<Person> people = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      int before = problems.size();
      String login = required(row, PERSON_LOGIN, problems);
      if (login != null) {
        login = login.toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
          problems.add(new LineProblem(row.line(), "логин «" + login
              + "» может состоять только из латинских букв, цифр и знаков «.», «_», «-», «@» (до 64 знаков)"));
        } else if (lineOfLogin.containsKey(login)) {
          problems.add(new LineProblem(row.line(), "логин «" + login + "» уже встречается в строке "
              + lineOfLogin.get(login)));
        }
        lineOfLogin.putIfAbsent(login, row.line());
      }
      String lastName = required(row, PERSON_LAST_NAME, problems);
      String firstName = required(row, PERSON_FIRST_NAME, problems);
      String email = email(row, PERSON_EMAIL, true, problems);
      Role role = null;
      String roleText = required(row, PERSON_ROLE, problems);
      if (roleText != null) {
        role = Role.parse(roleText).orElse(null);
        if (role == null) {
          problems.add(new LineProblem(row.line(), "неизвестная роль «" + roleText + "». Допустимые роли: "
              + String.join(", ", java.util.Arrays.stream(Role.values()).map(r -> "«" + r.title() + "»").toList())));
        }
      }
      String schoolCode = row.get(PERSON_SCHOOL_CODE);
      if (schoolCode != null && !knownSchools.contains(schoolCode)) {
        problems.add(new LineProblem(row.line(), "школы с кодом «" + schoolCode
            + "» нет в справочнике: сначала загрузите файл школ"));
      } else if (schoolCode == null && role != null && role.belongsToSchool()) {
        problems.add(new LineProblem(row.line(), "для роли «" + role.title() + "» заполните столбец «"
            + PERSON_SCHOOL_CODE + "»"));
      }
      if (problems.size() == before) {
        people.add(new Person(null, login, lastName, firstName, row.get(PERSON_MIDDLE_NAME),
            row.get(PERSON_POSITION), email, role, schoolCode, row.get(PERSON_POSITION_GENITIVE)));
      }
    }
    if (table.rows().isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одного человека."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }

    Map<String, Person> existing = directory.peopleByLogin();
    int created = 0;
    int updated = 0;
    for (Person person : people) {
      Person old = existing.get(person.login());
      if (old == null) {
        directory.insertPerson(person);
        created++;
      } else if (!old.sameAs(person)) {
        directory.updatePerson(person);
        updated++;
      }
    }
    identitySync.syncUsers(people);
    return new ImportResult(fileName, created, updated, people.size() - created - updated);
  }

  private static String required(SpreadsheetTable.Row row, String column, List<LineProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      problems.add(new LineProblem(row.line(), "не заполнен обязательный столбец «" + column + "»"));
    }
    return value;
  }

  private static String email(SpreadsheetTable.Row row, String column, boolean required, List<LineProblem> problems) {
    String value = required ? required(row, column, problems) : row.get(column);
    if (value != null && !EMAIL.matcher(value).matches()) {
      problems.add(new LineProblem(row.line(), "«" + value + "» в столбце «" + column
          + "» не похоже на адрес электронной почты (пример: ivanova@school.ru)"));
    }
    return value;
  }

  private static Boolean yesNo(SpreadsheetTable.Row row, String column, List<LineProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "да", "д", "yes", "true", "1", "+" -> true;
      case "нет", "н", "no", "false", "0", "-" -> false;
      default -> {
        problems.add(new LineProblem(row.line(), "в столбце «" + column + "» ожидается «да» или «нет», а не «"
            + value + "»"));
        yield false;
      }
    };
  }
}
