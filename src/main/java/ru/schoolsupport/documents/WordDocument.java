package ru.schoolsupport.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A Word document (DOCX) as the department's papers are set: Times New Roman, justified 12-point
 * paragraphs, centred headings, full-width tables with a bold header row. A tab in a text is a tab in
 * the document («Начальник управления\t\t\tФамилия»).
 */
public class WordDocument {

  static final String FONT = "Times New Roman";

  /** Twentieths of a point in a millimetre: Word's page measures. */
  static final double TWIPS_PER_MM = 1440 / 25.4;
  /** A4, portrait: 210 × 297 mm. */
  public static final int A4_WIDTH = 11906;
  public static final int A4_HEIGHT = 16838;

  private int textWidth = twips(210 - 30 - 15);

  private final XWPFDocument doc = new XWPFDocument();
  private final int tableFontSize;

  /** @param tableFontSize the size of the tables' text (the order's 12, a report's denser 11) */
  public WordDocument(int tableFontSize) {
    this.tableFontSize = tableFontSize;
  }

  /**
   * An A4 portrait page with the given margins in millimetres, set in the document's section properties
   * (what Word's «Параметры страницы» shows). Orders: left 30, right 15, top and bottom 20 (ГОСТ Р 7.0.97).
   */
  public void a4(int leftMm, int rightMm, int topMm, int bottomMm) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(twips(leftMm)));
    margins.setRight(BigInteger.valueOf(twips(rightMm)));
    margins.setTop(BigInteger.valueOf(twips(topMm)));
    margins.setBottom(BigInteger.valueOf(twips(bottomMm)));
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    textWidth = A4_WIDTH - twips(leftMm) - twips(rightMm);
  }

  public static int twips(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }

  /**
   * One line with a text at the left margin and another at the right one, as a date and a number
   * («16 февраля 2026 г. … № 208») or a position and a signature («Начальник … М.С. Орлова»).
   */
  public void leftAndRight(String left, String right, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    CTTabStop stop = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetTabs()
        ? p.getCTP().getPPr().getTabs().addNewTab()
        : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
    stop.setVal(STTabJc.RIGHT);
    stop.setPos(BigInteger.valueOf(textWidth));
    run(p, left + "\t" + right, bold, 12);
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

  /** A left-aligned paragraph of the given size (the executor's line under a signature). */
  public void small(String text, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.LEFT);
    run(p, text, false, size);
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
