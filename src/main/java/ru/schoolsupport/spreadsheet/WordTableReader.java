package ru.schoolsupport.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a table of a Word document (DOCX) as the department keeps its roadmap (seeds 002, 003): the
 * first table of the body whose header row (one of its first three rows) has the wanted column. A row
 * whose only text is in one cell spanning several columns, or in the first column and not a number, is
 * a heading («I этап», «1. Аналитическое направление»); a repeated header row is skipped; a cell merged
 * down from the row above has that row's text. Rows are numbered as in the table, the header row being 1.
 *
 * <p>As with XLSX ({@link SpreadsheetReader}): the file is read from a temporary file, a zip without a
 * central directory is refused, POI's guard refuses an entry inflating more than 100 times, and each XML
 * part is first read through with a limit before the document is built.
 */
@Component
public class WordTableReader {

  private static final Logger log = LoggerFactory.getLogger(WordTableReader.class);
  /** The inflated size of one XML part of the document at most: a long roadmap's document.xml is well below. */
  static final long MAX_PART_BYTES = 20L << 20;
  private static final int HEADER_ROWS_SEARCHED = 3;

  /** A row of the table: its number in the table, its cells by column, or the heading text of a merged row. */
  public record WordRow(int line, SpreadsheetTable.Row cells, String heading) {
    public boolean isHeading() {
      return heading != null;
    }
  }

  /** Whether the content is a Word document: a zip with {@code word/document.xml}. */
  public static boolean isDocx(byte[] content) {
    return content != null && SpreadsheetReader.isZip(content) && new String(content, 0,
        Math.min(content.length, 1 << 16), java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/");
  }

  /**
   * The table's rows. {@code columnOf} maps a header cell's text to the column it is (null: not read);
   * the first table with {@code marker} among its columns is read, and all {@code required} must be there.
   */
  public List<WordRow> read(String fileName, byte[] content, Function<String, String> columnOf, String marker,
      List<String> required) {
    if (content == null || content.length == 0) {
      throw ImportRejectedException.ofFile(fileName, "Файл пуст.");
    }
    if (!SpreadsheetReader.isZip(content)) {
      throw notDocx(fileName);
    }
    Path file = null;
    try {
      file = Files.createTempFile("school-support-import-", ".docx");
      Files.write(file, content);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry main = zip.getEntry("word/document.xml");
        if (main == null) {
          throw notDocx(fileName);
        }
        // each XML part read through up to the limit before POI builds the document from them
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
            try (InputStream in = new SpreadsheetReader.LimitedInputStream(zip.getInputStream(entry), MAX_PART_BYTES)) {
              in.transferTo(java.io.OutputStream.nullOutputStream());
            }
          }
        }
      }
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        try (XWPFDocument document = new XWPFDocument(pkg)) {
          for (XWPFTable table : document.getTables()) {
            List<WordRow> rows = rows(fileName, table, columnOf, marker, required);
            if (rows != null) {
              return rows;
            }
          }
        }
        throw ImportRejectedException.ofFile(fileName, "В документе нет таблицы со столбцом «" + marker
            + "»: ожидается таблица дорожной карты со столбцами " + String.join(", ",
            required.stream().map(c -> "«" + c + "»").toList()) + ".");
      }
    } catch (Exception e) {
      ImportRejectedException rejected = SpreadsheetReader.cause(e, ImportRejectedException.class);
      if (rejected != null) {
        throw rejected;
      }
      if (SpreadsheetReader.cause(e, SpreadsheetReader.PartTooLarge.class) != null
          || SpreadsheetReader.zipBomb(e)) {
        throw ImportRejectedException.ofFile(fileName, "Документ Word распаковывается в слишком большой объём: "
            + "это не похоже на таблицу дорожной карты. Сохраните таблицу в отдельный документ DOCX.");
      }
      log.info("{} is not a readable DOCX file", fileName, e);
      throw notDocx(fileName);
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

  private static ImportRejectedException notDocx(String fileName) {
    return ImportRejectedException.ofFile(fileName, "Файл не читается как DOCX (документ Word). Откройте его в "
        + "Word и сохраните заново как «Документ Word (*.docx)» или загрузите таблицу XLSX или CSV.");
  }

  /** The rows below the table's header, or null when the table has no header with the marker. */
  private static List<WordRow> rows(String fileName, XWPFTable table, Function<String, String> columnOf,
      String marker, List<String> required) {
    List<XWPFTableRow> trs = table.getRows();
    for (int h = 0; h < Math.min(HEADER_ROWS_SEARCHED, trs.size()); h++) {
      Map<Integer, String> headerCells = gridCells(trs.get(h), null).texts;
      Map<Integer, String> columns = new LinkedHashMap<>();
      headerCells.forEach((col, text) -> {
        String column = columnOf.apply(text);
        if (column != null && !columns.containsValue(column)) {
          columns.put(col, column);
        }
      });
      if (!columns.containsValue(marker)) {
        continue;
      }
      List<String> missing = required.stream().filter(c -> !columns.containsValue(c)).map(c -> "«" + c + "»")
          .toList();
      if (!missing.isEmpty()) {
        throw ImportRejectedException.ofFile(fileName, "В заголовке таблицы нет столбцов " + String.join(", ", missing)
            + ". Найдены: " + String.join(", ", headerCells.values().stream().map(c -> "«" + c + "»").toList()) + ".");
      }
      if (trs.size() - h - 1 > SpreadsheetReader.MAX_ROWS) {
        throw ImportRejectedException.ofFile(fileName, "В таблице больше " + SpreadsheetReader.MAX_ROWS_TEXT
            + " строк: разделите её на части.");
      }
      List<String> headerTexts = new ArrayList<>(headerCells.values());
      List<WordRow> rows = new ArrayList<>();
      Map<Integer, String> above = new LinkedHashMap<>();
      for (int r = h + 1; r < trs.size(); r++) {
        GridRow row = gridCells(trs.get(r), above);
        above = row.texts;
        List<Map.Entry<Integer, String>> filled = row.texts.entrySet().stream()
            .filter(e -> !e.getValue().isBlank()).toList();
        if (filled.isEmpty() || new ArrayList<>(row.texts.values()).equals(headerTexts)) {
          continue;
        }
        int line = r + 1;
        if (filled.size() == 1 && (row.spanning.contains(filled.get(0).getKey())
            || filled.get(0).getKey() == 0 && !filled.get(0).getValue().strip().matches("[\\d.]+"))) {
          rows.add(new WordRow(line, null, filled.get(0).getValue().strip()));
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((col, column) -> cells.put(SpreadsheetReader.normaliseHeader(column),
            row.texts.getOrDefault(col, "")));
        rows.add(new WordRow(line, new SpreadsheetTable.Row(line, cells), null));
      }
      return rows;
    }
    return null;
  }

  private record GridRow(Map<Integer, String> texts, List<Integer> spanning) {
  }

  /** The row's cells by the grid column they start in; a cell merged down takes the text above. */
  private static GridRow gridCells(XWPFTableRow row, Map<Integer, String> above) {
    Map<Integer, String> texts = new LinkedHashMap<>();
    List<Integer> spanning = new ArrayList<>();
    int col = 0;
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      int span = pr != null && pr.isSetGridSpan() ? Math.max(1, ((Number) pr.getGridSpan().getVal()).intValue()) : 1;
      boolean mergedDown = pr != null && pr.isSetVMerge()
          && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
      String text = cell.getText() == null ? "" : cell.getText().strip();
      if (mergedDown && above != null) {
        text = above.getOrDefault(col, "");
      }
      texts.put(col, text);
      if (span > 1) {
        spanning.add(col);
      }
      col += span;
    }
    return new GridRow(texts, spanning);
  }
}
