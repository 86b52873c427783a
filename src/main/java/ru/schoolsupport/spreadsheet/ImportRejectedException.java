package ru.schoolsupport.spreadsheet;

import java.util.List;

/**
 * A file was refused as a whole: nothing of it was stored. Each problem names the line of the file
 * (as a spreadsheet numbers it, the header being line 1) and what is wrong, in Russian.
 */
public class ImportRejectedException extends RuntimeException {

  /** How many problems the message and an answer list: a file wrong in every row would make megabytes of them. */
  public static final int SHOWN = 100;

  private final String fileName;
  private final List<LineProblem> problems;

  public ImportRejectedException(String fileName, List<LineProblem> problems) {
    super(describe(fileName, problems));
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
  }

  public static ImportRejectedException ofFile(String fileName, String problem) {
    return new ImportRejectedException(fileName, List.of(new LineProblem(0, problem)));
  }

  public String fileName() {
    return fileName;
  }

  public List<LineProblem> problems() {
    return problems;
  }

  private static String describe(String fileName, List<LineProblem> problems) {
    StringBuilder text = new StringBuilder("Файл «").append(fileName).append("» не загружен, ничего не изменено.");
    for (LineProblem problem : problems.subList(0, Math.min(problems.size(), SHOWN))) {
      text.append("\n").append(problem);
    }
    if (problems.size() > SHOWN) {
      text.append("\n… и ещё ").append(problems.size() - SHOWN).append(" замечаний (всего ").append(problems.size())
          .append("): исправьте показанные и загрузите файл снова.");
    }
    return text.toString();
  }

  /**
   * One problem; line 0 means the file as a whole. {@code of} names what the line is counted in when
   * it is not the file's own line («таблицы»: a row of a Word document's table).
   */
  public record LineProblem(int line, String message, String of) {

    public LineProblem(int line, String message) {
      this(line, message, null);
    }

    @Override
    public String toString() {
      return line > 0 ? "Строка " + line + (of == null ? "" : " " + of) + ": " + message : message;
    }
  }
}
