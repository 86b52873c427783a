package ru.schoolsupport.collegium;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.spreadsheet.ImportRejectedException;
import ru.schoolsupport.spreadsheet.ImportRejectedException.LineProblem;
import ru.schoolsupport.spreadsheet.SpreadsheetReader;
import ru.schoolsupport.spreadsheet.SpreadsheetTable;

/**
 * Assignments of any order or decision, not only the collegium's: a list the coordinator enters in
 * the assignmentBatch process, or a table (CSV or XLSX) imported over REST. Either way the list is
 * checked whole first; one bad row refuses it all and nothing is issued.
 */
@Service
public class AssignmentBatchService {

  static final String SOURCE = "Основание";
  static final String TEXT = "Поручение";
  static final String EXECUTOR_KIND = "Исполнитель";
  static final String EXECUTOR_REF = "Код исполнителя";
  static final String DEADLINE = "Срок";
  static final String CONTROLLER = "Контролёр";
  static final List<String> COLUMNS = List.of(TEXT, EXECUTOR_KIND, EXECUTOR_REF, DEADLINE, CONTROLLER);

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      strict("d.M.uuuu"), strict("d.M.uu"), strict("d/M/uuuu"));

  private final AssignmentService assignments;
  private final SpreadsheetReader reader;

  public AssignmentBatchService(AssignmentService assignments, SpreadsheetReader reader) {
    this.assignments = assignments;
    this.reader = reader;
  }

  /** The start form's source, checked: what the assignments come from (an order, a decision). */
  public String checkSource(String source) {
    List<String> problems = new ArrayList<>();
    String checked = checkSource(source, problems);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return checked;
  }

  /** Issues the assignments the coordinator entered; returns their ids. */
  @Transactional
  public List<Long> issueEntered(String source, Object submittedRows) {
    List<String> problems = new ArrayList<>();
    String checkedSource = checkSource(source, problems);
    List<DecisionRows.AssignmentInput> rows = DecisionRows.assignments(submittedRows, problems);
    if (rows.isEmpty()) {
      problems.add("внесите хотя бы одно поручение");
    }
    List<NewAssignment> checked = new ArrayList<>();
    for (DecisionRows.AssignmentInput row : rows) {
      String where = "поручение " + row.position() + ": ";
      if (row.kind() == null) {
        problems.add(where + "вид исполнителя «" + (row.kindText() == null ? "" : row.kindText())
            + "» не распознан (сотрудник, группа или школа)");
        continue;
      }
      NewAssignment assignment = row.toNew(checkedSource);
      assignments.check(assignment).forEach(problem -> problems.add(where + problem));
      checked.add(assignment);
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    return checked.stream().map(assignments::issue).toList();
  }

  /**
   * Imports a table of assignments: columns «Поручение», «Исполнитель» (сотрудник, группа, школа),
   * «Код исполнителя» (login, group id or school code), «Срок», «Контролёр» (login), and optionally
   * «Основание» (else {@code defaultSource}). Returns the ids of the issued assignments.
   */
  @Transactional
  public List<Long> importTable(String fileName, byte[] content, String defaultSource) {
    SpreadsheetTable table = reader.read(fileName, content, COLUMNS);
    List<LineProblem> problems = new ArrayList<>();
    List<NewAssignment> rows = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      List<String> rowProblems = new ArrayList<>();
      String source = row.get(SOURCE) != null ? row.get(SOURCE) : defaultSource;
      if (source != null && source.length() > CollegiumService.MAX_SOURCE) {
        rowProblems.add("«" + SOURCE + "» длиннее " + CollegiumService.MAX_SOURCE + " знаков");
      }
      ExecutorKind kind = ExecutorKinds.parse(row.get(EXECUTOR_KIND));
      if (kind == null) {
        rowProblems.add("в столбце «" + EXECUTOR_KIND + "» ожидается «сотрудник», «группа» или «школа», а не «"
            + (row.get(EXECUTOR_KIND) == null ? "" : row.get(EXECUTOR_KIND)) + "»");
      }
      LocalDate deadline = date(row.get(DEADLINE), rowProblems);
      NewAssignment assignment = new NewAssignment(source, row.get(TEXT), kind, row.get(EXECUTOR_REF),
          row.get(CONTROLLER), deadline);
      if (kind != null) {
        assignments.check(assignment).stream()
            .filter(p -> deadline != null || !p.startsWith("не указан срок"))
            .forEach(rowProblems::add);
      }
      rowProblems.forEach(p -> problems.add(new LineProblem(row.line(), p)));
      rows.add(assignment);
    }
    if (table.rows().isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одного поручения."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }
    return rows.stream().map(assignments::issue).toList();
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }

  private static String checkSource(String source, List<String> problems) {
    if (source == null || source.isBlank()) {
      problems.add("укажите основание: приказ или решение, по которому даются поручения (поле «Основание»)");
      return null;
    }
    if (source.length() > CollegiumService.MAX_SOURCE) {
      problems.add("основание длиннее " + CollegiumService.MAX_SOURCE + " знаков");
    }
    return source.strip();
  }

  private static LocalDate date(String text, List<String> problems) {
    if (text == null) {
      problems.add("не указан срок исполнения (столбец «" + DEADLINE + "»)");
      return null;
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    problems.add("срок «" + text + "» не является датой (ожидается ДД.ММ.ГГГГ)");
    return null;
  }
}
