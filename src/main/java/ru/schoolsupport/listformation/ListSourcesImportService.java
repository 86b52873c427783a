package ru.schoolsupport.listformation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.ImportResult;
import ru.schoolsupport.spreadsheet.ImportRejectedException;
import ru.schoolsupport.spreadsheet.ImportRejectedException.LineProblem;
import ru.schoolsupport.spreadsheet.SpreadsheetReader;
import ru.schoolsupport.spreadsheet.SpreadsheetTable;

/**
 * Imports what lists are formed from: the schools' indicators per year (ВПР, ОГЭ, ЕГЭ, the share
 * below the minimum, the social index) and the regional ministry's list. As with the directory, a
 * file is checked whole: unknown schools, missing years or impossible values refuse it by line.
 */
@Service
public class ListSourcesImportService {

  static final String SCHOOL_CODE = "Код школы";
  static final String YEAR = "Год";
  static final String VPR_FAIL_SHARE = "Доля неудовлетворительных результатов ВПР, %";
  static final String OGE_AVERAGE = "Средний балл ОГЭ";
  static final String EGE_AVERAGE = "Средний балл ЕГЭ";
  static final String BELOW_MIN_SHARE = "Доля результатов ниже минимального порога, %";
  static final String SOCIAL_INDEX = "Индекс социального благополучия";
  static final String CATEGORY = "Категория";
  static final String PROJECT = "Проект";
  static final String ORDER = "Основание";

  static final List<String> INDICATOR_COLUMNS =
      List.of(SCHOOL_CODE, YEAR, VPR_FAIL_SHARE, OGE_AVERAGE, EGE_AVERAGE, BELOW_MIN_SHARE, SOCIAL_INDEX);
  static final List<String> REGIONAL_LIST_COLUMNS = List.of(SCHOOL_CODE, YEAR, CATEGORY, PROJECT);

  private final SpreadsheetReader reader;
  private final DirectoryRepository directory;
  private final ListSourcesRepository sources;

  public ListSourcesImportService(SpreadsheetReader reader, DirectoryRepository directory,
      ListSourcesRepository sources) {
    this.reader = reader;
    this.directory = directory;
    this.sources = sources;
  }

  @Transactional
  public ImportResult importIndicators(String fileName, byte[] content) {
    SpreadsheetTable table = reader.read(fileName, content, INDICATOR_COLUMNS);
    Set<String> schools = directory.schoolsByCode().keySet();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    List<SchoolIndicators> rows = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      int before = problems.size();
      String code = school(row, schools, problems);
      Integer year = year(row, problems);
      BigDecimal vpr = number(row, VPR_FAIL_SHARE, "0", "100", problems);
      BigDecimal oge = number(row, OGE_AVERAGE, "2", "5", problems);
      BigDecimal ege = number(row, EGE_AVERAGE, "0", "100", problems);
      BigDecimal belowMin = number(row, BELOW_MIN_SHARE, "0", "100", problems);
      BigDecimal social = number(row, SOCIAL_INDEX, "0", "1", problems);
      if (code != null && year != null) {
        Integer first = lineOf.putIfAbsent(code + "/" + year, row.line());
        if (first != null) {
          problems.add(new LineProblem(row.line(), "показатели школы «" + code + "» за " + year
              + " год уже есть в строке " + first));
        }
      }
      if (problems.size() == before) {
        rows.add(new SchoolIndicators(code, year, vpr, oge, ege, belowMin, social));
      }
    }
    refuseIfAny(fileName, table, problems);
    int created = 0;
    for (SchoolIndicators row : rows) {
      created += sources.saveIndicators(row) ? 1 : 0;
    }
    return new ImportResult(fileName, created, rows.size() - created, 0);
  }

  @Transactional
  public ImportResult importRegionalList(String fileName, byte[] content) {
    SpreadsheetTable table = reader.read(fileName, content, REGIONAL_LIST_COLUMNS);
    Set<String> schools = directory.schoolsByCode().keySet();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    List<RegionalListEntry> rows = new ArrayList<>();
    for (SpreadsheetTable.Row row : table.rows()) {
      int before = problems.size();
      String code = school(row, schools, problems);
      Integer year = year(row, problems);
      if (code != null && year != null) {
        Integer first = lineOf.putIfAbsent(code + "/" + year, row.line());
        if (first != null) {
          problems.add(new LineProblem(row.line(), "школа «" + code + "» в перечне за " + year
              + " год уже есть в строке " + first));
        }
      }
      Category category = Category.parse(row.get(CATEGORY));
      if (category == null) {
        problems.add(new LineProblem(row.line(), "в столбце «" + CATEGORY + "» ожидается «ШНОР», «ШФНСУ» или "
            + "«ШНОР и ШФНСУ», а не «" + nullToEmpty(row.get(CATEGORY)) + "»"));
      }
      Project project = Project.parse(row.get(PROJECT));
      if (project == null) {
        problems.add(new LineProblem(row.line(), "в столбце «" + PROJECT + "» ожидается «500+», «Равенство "
            + "образовательных возможностей» или «Муниципальный проект», а не «" + nullToEmpty(row.get(PROJECT)) + "»"));
      }
      if (problems.size() == before) {
        rows.add(new RegionalListEntry(code, year, category, project, row.get(ORDER)));
      }
    }
    refuseIfAny(fileName, table, problems);
    int created = 0;
    for (RegionalListEntry row : rows) {
      created += sources.saveRegionalListEntry(row) ? 1 : 0;
    }
    return new ImportResult(fileName, created, rows.size() - created, 0);
  }

  private static void refuseIfAny(String fileName, SpreadsheetTable table, List<LineProblem> problems) {
    if (table.rows().isEmpty()) {
      problems.add(new LineProblem(0, "В файле нет ни одной строки с данными."));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }
  }

  private static String school(SpreadsheetTable.Row row, Set<String> schools, List<LineProblem> problems) {
    String code = row.get(SCHOOL_CODE);
    if (code == null) {
      problems.add(new LineProblem(row.line(), "не заполнен столбец «" + SCHOOL_CODE + "»"));
    } else if (!schools.contains(code)) {
      problems.add(new LineProblem(row.line(), "школы с кодом «" + code + "» нет в справочнике"));
      return null;
    }
    return code;
  }

  private static Integer year(SpreadsheetTable.Row row, List<LineProblem> problems) {
    String text = row.get(YEAR);
    if (text == null) {
      problems.add(new LineProblem(row.line(), "не заполнен столбец «" + YEAR + "»"));
      return null;
    }
    try {
      int year = Integer.parseInt(text.replace(" ", ""));
      if (year < 2000 || year > 2100) {
        problems.add(new LineProblem(row.line(), "год " + year + " вне допустимого диапазона 2000–2100"));
        return null;
      }
      return year;
    } catch (NumberFormatException e) {
      problems.add(new LineProblem(row.line(), "«" + text + "» в столбце «" + YEAR + "» не является годом"));
      return null;
    }
  }

  private static BigDecimal number(SpreadsheetTable.Row row, String column, String min, String max,
      List<LineProblem> problems) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.replace("%", "").replace(" ", "").replace('\u00A0', ' ').strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new LineProblem(row.line(), "«" + text + "» в столбце «" + column + "» не является числом"));
      return null;
    }
    if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
      problems.add(new LineProblem(row.line(), "значение " + text + " в столбце «" + column
          + "» невозможно: допустимо от " + min + " до " + max));
      return null;
    }
    return value;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
