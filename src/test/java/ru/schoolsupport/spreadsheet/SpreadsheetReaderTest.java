package ru.schoolsupport.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The first sheet read as a stream: values as Excel shows them, and the bounds of what is read. */
class SpreadsheetReaderTest {

  static final List<String> COLUMNS = List.of("Код школы", "Год");

  final SpreadsheetReader reader = new SpreadsheetReader();

  @Test
  void anXlsxSheetIsReadAsExcelShowsIt() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("Показатели");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Код школы");
      header.createCell(1).setCellValue("Год");
      header.createCell(3).setCellValue("Дата");
      Row first = sheet.createRow(1);
      first.createCell(0).setCellValue("sosh6");
      first.createCell(1).setCellValue(2025);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      first.createCell(3).setCellValue(LocalDate.of(2026, 3, 1));
      first.getCell(3).setCellStyle(date);
      // row 3 is empty; row 4 has only the second column
      sheet.createRow(3).createCell(1).setCellValue("2024");
      book.write(out);
      xlsx = out.toByteArray();
    }

    SpreadsheetTable table = reader.read("i.xlsx", xlsx, COLUMNS);

    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).line()).isEqualTo(2);
    assertThat(table.rows().get(0).get("Код школы")).isEqualTo("sosh6");
    assertThat(table.rows().get(0).get("Год")).isEqualTo("2025");
    assertThat(table.rows().get(0).get("Дата")).isEqualTo("01.03.2026");
    assertThat(table.rows().get(1).line()).isEqualTo(4);
    assertThat(table.rows().get(1).get("Код школы")).isNull();
    assertThat(table.rows().get(1).get("Год")).isEqualTo("2024");
  }

  @Test
  void anXlsxWithMoreRowsThanTheCapIsRefusedBeforeItIsReadWhole() throws IOException {
    byte[] xlsx;
    try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet();
      for (int r = 0; r <= SpreadsheetReader.MAX_ROWS + 1; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r == 0 ? "Код школы" : "s" + r);
        row.createCell(1).setCellValue(r == 0 ? "Год" : "2025");
      }
      book.write(out);
      xlsx = out.toByteArray();
    }

    assertThatThrownBy(() -> reader.read("big.xlsx", xlsx, COLUMNS))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("Файл «big.xlsx» не загружен, ничего не изменено.")
        .hasMessageContaining("В файле больше 20 000 строк с данными");
  }

  @Test
  void theCapItselfIsAccepted() throws IOException {
    StringBuilder csv = new StringBuilder("Код школы,Год\n");
    for (int r = 1; r <= SpreadsheetReader.MAX_ROWS; r++) {
      csv.append('s').append(r).append(",2025\n");
    }
    assertThat(reader.read("max.csv", csv.toString().getBytes(StandardCharsets.UTF_8), COLUMNS).rows())
        .hasSize(SpreadsheetReader.MAX_ROWS);

    csv.append("s0,2025\n");
    assertThatThrownBy(() -> reader.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), COLUMNS))
        .hasMessageContaining("В файле больше 20 000 строк с данными");
  }

  @Test
  void anXlsxThatInflatesAThousandfoldIsRefusedInSeconds() throws IOException {
    // 200 MB of sheet XML in a file of a few hundred kilobytes
    byte[] bomb = workbookWithSheet(out -> {
      out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 200; i++) {
        out.write(chunk);
      }
      out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(bomb.length).isLessThan(2 << 20);

    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read("bomb.xlsx", bomb, COLUMNS))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("распаковывается в слишком большой объём");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithoutPoisWords() {
    byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
    assertThatThrownBy(() -> reader.read("broken.xlsx", broken, COLUMNS))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("Файл не читается как XLSX (книга Excel)")
        .hasMessageNotContaining("Exception").hasMessageNotContaining("org.apache");
  }

  @Test
  void aFileWrongInEveryRowListsTheFirstHundredProblems() {
    List<ImportRejectedException.LineProblem> problems = new java.util.ArrayList<>();
    for (int line = 2; line < 20_002; line++) {
      problems.add(new ImportRejectedException.LineProblem(line, "школы с кодом «x" + line + "» нет в справочнике"));
    }
    ImportRejectedException e = new ImportRejectedException("all-wrong.csv", problems);
    assertThat(e.getMessage()).contains("Строка 101: ").doesNotContain("Строка 102: ")
        .endsWith("… и ещё 19900 замечаний (всего 20000): исправьте показанные и загрузите файл снова.");
    assertThat(e.problems()).hasSize(20_000);
  }

  interface SheetWriter {
    void write(ZipOutputStream out) throws IOException;
  }

  /** A minimal workbook whose only sheet's XML is written as given. */
  static byte[] workbookWithSheet(SheetWriter sheet) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
          </Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
          </Relationships>""");
      entry(zip, "xl/workbook.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
      entry(zip, "xl/_rels/workbook.xml.rels", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      sheet.write(zip);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
