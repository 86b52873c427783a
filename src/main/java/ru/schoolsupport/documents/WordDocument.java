package ru.schoolsupport.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (DOCX) as the department's papers are set: Times New Roman, justified 12-point
 * paragraphs, centred headings, full-width tables with a bold header row. A tab in a text is a tab in
 * the document («Начальник управления\t\t\tФамилия»).
 */
public class WordDocument {

  static final String FONT = "Times New Roman";

  private final XWPFDocument doc = new XWPFDocument();
  private final int tableFontSize;

  /** @param tableFontSize the size of the tables' text (the order's 12, a report's denser 11) */
  public WordDocument(int tableFontSize) {
    this.tableFontSize = tableFontSize;
  }

  public void centered(String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, bold, size);
  }

  /** A justified 12-point paragraph. */
  public void paragraph(String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    run(p, text, bold, 12);
  }

  /** A paragraph to be set up by the caller (spacing, a page break, alignment) before its text is added. */
  public XWPFParagraph newParagraph() {
    return doc.createParagraph();
  }

  /** A full-width table with its header row. */
  public XWPFTable table(String... headers) {
    XWPFTable table = doc.createTable(1, headers.length);
    table.setWidth("100%");
    for (int i = 0; i < headers.length; i++) {
      run(table.getRow(0).getCell(i).getParagraphs().get(0), headers[i], true, tableFontSize);
    }
    return table;
  }

  /** Writes a cell of a row made with {@code table.createRow()}; null is left empty. */
  public void cell(XWPFTableRow row, int index, String text) {
    run(row.getCell(index).getParagraphs().get(0), text == null ? "" : text, false, tableFontSize);
  }

  public void run(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        run.addTab();
      }
      run.setText(parts[i], i);
    }
  }

  /** The finished document's bytes. */
  public byte[] bytes() {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
