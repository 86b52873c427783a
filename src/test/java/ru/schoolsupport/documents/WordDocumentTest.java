package ru.schoolsupport.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What people type is text in the document: markup stays visible, and no character breaks the file. */
class WordDocumentTest {

  static final String TYPED = "<w:p><w:r><w:t>вставка</w:t></w:r></w:p> & ]]> \"кавычки\" =1+2 <script>alert(1)</script>";

  @Test
  void markupAndControlCharactersAreTextAndTheFileStillOpens() throws Exception {
    WordDocument document = new WordDocument(12);
    document.paragraph(TYPED, false);
    document.paragraph("Проблемы:\u0001\u0008\u000B\uFFFE конец", false);
    document.cell(document.table("Школа").createRow(), 0, TYPED);

    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(document.bytes()))) {
      assertThat(read.getParagraphs().get(0).getText()).isEqualTo(TYPED);
      assertThat(read.getParagraphs().get(1).getText()).startsWith("Проблемы:").endsWith(" конец");
      assertThat(read.getParagraphs()).hasSize(2);
      assertThat(read.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo(TYPED);
    }
  }
}
