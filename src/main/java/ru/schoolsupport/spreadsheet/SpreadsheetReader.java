package ru.schoolsupport.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the tables a department keeps: CSV in UTF-8 (comma or semicolon, as Excel writes it) or
 * XLSX (the first sheet). The first row is the header; columns are matched by name, ignoring case,
 * spaces and «ё». A file missing a required column, or not in UTF-8, is refused as a whole.
 */
@Component
public class SpreadsheetReader {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int MAX_ROWS = 100_000;

  public SpreadsheetTable read(String fileName, byte[] content, Collection<String> requiredColumns) {
    if (content == null || content.length == 0) {
      throw ImportRejectedException.ofFile(fileName, "Файл пуст.");
    }
    List<List<String>> lines = isXlsx(content) ? readXlsx(fileName, content) : readCsv(fileName, content);
    if (lines.isEmpty()) {
      throw ImportRejectedException.ofFile(fileName, "В файле нет строки заголовка.");
    }
    List<String> header = lines.get(0).stream().map(SpreadsheetReader::normaliseHeader).toList();
    List<String> missing = requiredColumns.stream()
        .filter(column -> !header.contains(normaliseHeader(column)))
        .map(column -> "«" + column + "»")
        .toList();
    if (!missing.isEmpty()) {
      throw ImportRejectedException.ofFile(fileName, "В первой строке файла нет столбцов " + String.join(", ", missing)
          + ". Ожидаются столбцы: " + String.join(", ", requiredColumns.stream().map(c -> "«" + c + "»").toList())
          + ". Найдены: " + String.join(", ", lines.get(0).stream().map(c -> "«" + c + "»").toList()) + ".");
    }
    if (lines.size() - 1 > MAX_ROWS) {
      throw ImportRejectedException.ofFile(fileName, "В файле больше " + MAX_ROWS + " строк: разделите его на части.");
    }
    List<SpreadsheetTable.Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
        continue;
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < cells.size(); c++) {
        byColumn.putIfAbsent(header.get(c), cells.get(c));
      }
      rows.add(new SpreadsheetTable.Row(i + 1, byColumn));
    }
    return new SpreadsheetTable(fileName, lines.get(0), rows);
  }

  static String normaliseHeader(String header) {
    if (header == null) {
      return "";
    }
    return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
  }

  private static boolean isXlsx(byte[] content) {
    if (content.length < ZIP_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < ZIP_MAGIC.length; i++) {
      if (content[i] != ZIP_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> readCsv(String fileName, byte[] content) {
    String text = decodeUtf8(fileName, content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
        // empty lines stay, so that line numbers in messages match the file's
        .setIgnoreEmptyLines(false).get();
    List<List<String>> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        lines.add(cells);
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw ImportRejectedException.ofFile(fileName, "Файл не читается как CSV: " + e.getMessage());
    }
    return lines;
  }

  private static String decodeUtf8(String fileName, byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw ImportRejectedException.ofFile(fileName, "Файл не в кодировке UTF-8 (похоже, Windows-1251). "
          + "Сохраните его в Excel как «CSV UTF-8 (разделитель — запятая)» или загрузите файл XLSX.");
    }
  }

  private static List<List<String>> readXlsx(String fileName, byte[] content) {
    DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru-RU"));
    List<List<String>> lines = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        // keep empty rows so that line numbers match the sheet's
        lines.add(cells);
      }
    } catch (IOException | RuntimeException e) {
      throw ImportRejectedException.ofFile(fileName, "Файл не читается как XLSX (книга Excel): " + e.getMessage());
    }
    if (!lines.isEmpty() && lines.get(0).stream().allMatch(String::isBlank)) {
      throw ImportRejectedException.ofFile(fileName, "Первая строка листа пуста: в ней должен быть заголовок.");
    }
    return lines;
  }

  private static int count(String text, char wanted) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == wanted) {
        n++;
      }
    }
    return n;
  }
}
