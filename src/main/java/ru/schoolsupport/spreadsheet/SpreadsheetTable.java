package ru.schoolsupport.spreadsheet;

import java.util.List;
import java.util.Map;

/** A table read from a CSV or XLSX file: the header's columns and the non-empty rows below it. */
public record SpreadsheetTable(String fileName, List<String> columns, List<Row> rows) {

  /** A data row: its line in the file (the header is line 1) and its cells by column name. */
  public record Row(int line, Map<String, String> cells) {

    /** The cell's trimmed text, or null when empty or absent. */
    public String get(String column) {
      String value = cells.get(SpreadsheetReader.normaliseHeader(column));
      if (value == null) {
        return null;
      }
      String trimmed = value.strip();
      return trimmed.isEmpty() ? null : trimmed;
    }
  }
}
