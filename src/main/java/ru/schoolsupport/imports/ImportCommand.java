package ru.schoolsupport.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.directory.ImportResult;
import ru.schoolsupport.listformation.ListSourcesImportService;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * The command-line import: {@code --import-schools=FILE}, {@code --import-people=FILE},
 * {@code --import-indicators=FILE}, {@code --import-regional-list=FILE} (CSV or XLSX), taken in that
 * order (people name their school; indicators name schools). The application then exits, with
 * status 1 if a file was refused.
 */
@Component
@Order(0)
public class ImportCommand implements ApplicationRunner {

  public static final List<String> OPTIONS =
      List.of("import-schools", "import-people", "import-indicators", "import-regional-list");

  private final DirectoryImportService directoryImport;
  private final ListSourcesImportService listSources;
  private int exitCode;

  public ImportCommand(DirectoryImportService directoryImport, ListSourcesImportService listSources) {
    this.directoryImport = directoryImport;
    this.listSources = listSources;
  }

  /** Whether these command-line arguments ask for an import rather than a server. */
  public static boolean isImport(String[] args) {
    return List.of(args).stream().anyMatch(a -> OPTIONS.stream().anyMatch(o -> a.startsWith("--" + o + "=")));
  }

  @Override
  public void run(ApplicationArguments args) {
    List<BiFunction<String, byte[], ImportResult>> imports = List.of(directoryImport::importSchools,
        directoryImport::importPeople, listSources::importIndicators, listSources::importRegionalList);
    try {
      for (int i = 0; i < OPTIONS.size(); i++) {
        if (!args.containsOption(OPTIONS.get(i))) {
          continue;
        }
        for (String file : args.getOptionValues(OPTIONS.get(i))) {
          System.out.println(imports.get(i).apply(Path.of(file).getFileName().toString(), read(file)).summary());
        }
      }
    } catch (ImportRejectedException e) {
      System.err.println(e.getMessage());
      exitCode = 1;
    }
  }

  public int exitCode() {
    return exitCode;
  }

  private static byte[] read(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw ImportRejectedException.ofFile(file, "Файл не прочитан: " + e.getMessage());
    }
  }
}
