package ru.schoolsupport.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * The command-line import: {@code --import-schools=FILE} and/or {@code --import-people=FILE}
 * (CSV or XLSX). Schools go first, as people name their school. The application then exits,
 * with status 1 if a file was refused.
 */
@Component
@Order(0)
public class DirectoryImportCommand implements ApplicationRunner {

  public static final String SCHOOLS_OPTION = "import-schools";
  public static final String PEOPLE_OPTION = "import-people";

  private final DirectoryImportService directoryImport;
  private int exitCode;

  public DirectoryImportCommand(DirectoryImportService directoryImport) {
    this.directoryImport = directoryImport;
  }

  /** Whether these command-line arguments ask for an import rather than a server. */
  public static boolean isImport(String[] args) {
    return List.of(args).stream().anyMatch(a -> a.startsWith("--" + SCHOOLS_OPTION) || a.startsWith("--" + PEOPLE_OPTION));
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      for (String file : values(args, SCHOOLS_OPTION)) {
        System.out.println(directoryImport.importSchools(Path.of(file).getFileName().toString(), read(file)).summary());
      }
      for (String file : values(args, PEOPLE_OPTION)) {
        System.out.println(directoryImport.importPeople(Path.of(file).getFileName().toString(), read(file)).summary());
      }
    } catch (ImportRejectedException e) {
      System.err.println(e.getMessage());
      exitCode = 1;
    }
  }

  public int exitCode() {
    return exitCode;
  }

  private static List<String> values(ApplicationArguments args, String option) {
    return args.containsOption(option) ? args.getOptionValues(option) : List.of();
  }

  private byte[] read(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw ImportRejectedException.ofFile(file, "Файл не прочитан: " + e.getMessage());
    }
  }
}
