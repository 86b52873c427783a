package ru.schoolsupport.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the tables a department keeps: CSV in UTF-8 (comma or semicolon, as Excel writes it) or
 * XLSX (the first sheet). The first row is the header; columns are matched by name, ignoring case,
 * spaces and «ё». A file missing a required column, or not in UTF-8, or with more than
 * {@value #MAX_ROWS} rows of data, is refused as a whole.
 */
@Component
public class SpreadsheetReader {

  private static final Logger log = LoggerFactory.getLogger(SpreadsheetReader.class);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  /** Rows of data after the header: a region's directory of a thousand schools and more is well below. */
  static final int MAX_ROWS = 20_000;
  static final String MAX_ROWS_TEXT = "20 000";
  /** Columns past this one are not read: our tables have about ten. */
  private static final int MAX_COLUMNS = 256;
  /** How much of a sheet's XML, its shared strings and its styles is read at most (inflated). */
  private static final long MAX_SHEET_BYTES = 100L << 20;
  private static final long MAX_SHARED_STRINGS_BYTES = 50L << 20;
  private static final long MAX_STYLES_BYTES = 10L << 20;
  private static final byte[] EMPTY_SHARED_STRINGS =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8);

  public SpreadsheetTable read(String fileName, byte[] content, Collection<String> requiredColumns) {
    if (content == null || content.length == 0) {
      throw ImportRejectedException.ofFile(fileName, "Файл пуст.");
    }
    List<List<String>> lines = isZip(content) ? readXlsx(fileName, content) : readCsv(fileName, content);
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
      throw tooManyRows(fileName);
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

  static boolean isZip(byte[] content) {
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
        if (lines.size() > MAX_ROWS + 1) {
          throw tooManyRows(fileName);
        }
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

  /**
   * Reads the first sheet as a stream of rows (POI's event API): the workbook is never built in memory,
   * each part of the file is read up to a limit, and reading stops at the first row past the cap. POI's
   * own guard refuses entries that inflate more than 100 times (a «zip bomb»).
   */
  private static List<List<String>> readXlsx(String fileName, byte[] content) {
    Path file = null;
    try {
      // from a file, POI inflates each part when it is read; from a stream, it would inflate them all in memory
      file = Files.createTempFile("school-support-import-", ".xlsx");
      Files.write(file, content);
      // POI reads a zip without a valid central directory as a stream, holding every part in memory: refuse it
      new ZipFile(file.toFile()).close();
      try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        SharedStrings strings = sharedStrings(workbook);
        StylesTable styles = styles(workbook);
        Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
        if (!sheets.hasNext()) {
          throw ImportRejectedException.ofFile(fileName, "В книге нет ни одного листа.");
        }
        SheetLines lines = new SheetLines(fileName);
        try (InputStream sheet = new LimitedInputStream(sheets.next(), MAX_SHEET_BYTES)) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, lines,
              new DataFormatter(Locale.forLanguageTag("ru-RU")), false));
          parser.parse(new InputSource(sheet));
        }
        if (!lines.lines.isEmpty() && lines.lines.get(0).stream().allMatch(String::isBlank)) {
          throw ImportRejectedException.ofFile(fileName, "Первая строка листа пуста: в ней должен быть заголовок.");
        }
        return lines.lines;
      }
    } catch (Exception e) {
      ImportRejectedException rejected = cause(e, ImportRejectedException.class);
      if (rejected != null) {
        throw rejected;
      }
      if (cause(e, PartTooLarge.class) != null || zipBomb(e)) {
        throw ImportRejectedException.ofFile(fileName, "Книга Excel распаковывается в слишком большой объём: "
            + "это не похоже на таблицу школ. Сохраните в отдельный файл XLSX только нужный лист (не больше "
            + MAX_ROWS_TEXT + " строк).");
      }
      log.info("{} is not a readable XLSX file", fileName, e);
      throw ImportRejectedException.ofFile(fileName, "Файл не читается как XLSX (книга Excel). Откройте его в Excel "
          + "и сохраните заново как «Книга Excel (*.xlsx)» или как «CSV UTF-8».");
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          log.warn("Could not delete the temporary file {}", file, e);
        }
      }
    }
  }

  private static SharedStrings sharedStrings(OPCPackage workbook) throws IOException, SAXException {
    try (InputStream in = part(workbook, XSSFRelation.SHARED_STRINGS, MAX_SHARED_STRINGS_BYTES)) {
      return in == null ? new ReadOnlySharedStringsTable(new ByteArrayInputStream(EMPTY_SHARED_STRINGS))
          : new ReadOnlySharedStringsTable(in);
    }
  }

  private static StylesTable styles(OPCPackage workbook) throws IOException {
    try (InputStream in = part(workbook, XSSFRelation.STYLES, MAX_STYLES_BYTES)) {
      return in == null ? new StylesTable() : new StylesTable(in);
    }
  }

  /** The part's content, read up to the limit; null if the file has no such part. */
  private static InputStream part(OPCPackage workbook, XSSFRelation relation, long maxBytes) throws IOException {
    List<PackagePart> parts = workbook.getPartsByContentType(relation.getContentType());
    return parts.isEmpty() ? null : new LimitedInputStream(parts.get(0).getInputStream(), maxBytes);
  }

  static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** POI's ZipSecureFile refuses an entry that inflates more than 100 times, saying «Zip bomb detected». */
  static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** The rows of a sheet, numbered as the sheet numbers them (empty rows kept), up to the cap. */
  private static final class SheetLines implements XSSFSheetXMLHandler.SheetContentsHandler {

    final List<List<String>> lines = new ArrayList<>();
    private final String fileName;
    private List<String> current = new ArrayList<>();
    private int nextColumn;

    SheetLines(String fileName) {
      this.fileName = fileName;
    }

    @Override
    public void startRow(int rowNum) {
      // row 0 is the header: more than MAX_ROWS after it is refused before it is read
      if (rowNum > MAX_ROWS) {
        throw tooManyRows(fileName);
      }
      while (lines.size() < rowNum) {
        lines.add(new ArrayList<>());
      }
      current = new ArrayList<>();
      lines.add(current);
      nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      nextColumn = column + 1;
      if (column >= MAX_COLUMNS || value == null || value.isEmpty()) {
        return;
      }
      while (current.size() < column) {
        current.add("");
      }
      current.add(value);
    }
  }

  /** A part of the file is read up to a limit: past it, the file is refused. */
  static final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    LimitedInputStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PartTooLarge {
      read += n;
      if (read > maxBytes) {
        throw new PartTooLarge();
      }
    }
  }

  static final class PartTooLarge extends IOException {
  }

  private static ImportRejectedException tooManyRows(String fileName) {
    return ImportRejectedException.ofFile(fileName, "В файле больше " + MAX_ROWS_TEXT + " строк с данными: "
        + "разделите его на части и загрузите их по очереди.");
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
