package ru.schoolsupport.spreadsheet;

import java.util.List;

/**
 * A file was refused as a whole: nothing of it was stored. Each problem names the line of the file
 * (as a spreadsheet numbers it, the header being line 1) and what is wrong, in Russian.
 */
public class ImportRejectedException extends RuntimeException {

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
    for (LineProblem problem : problems) {
      text.append("\n").append(problem);
    }
    return text.toString();
  }

  /** One problem; line 0 means the file as a whole. */
  public record LineProblem(int line, String message) {
    @Override
    public String toString() {
      return line > 0 ? "Строка " + line + ": " + message : message;
    }
  }
}
