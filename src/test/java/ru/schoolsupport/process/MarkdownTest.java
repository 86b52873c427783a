package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's text is text: no tag, link, image or emphasis of it is interpreted in a form's Markdown. */
class MarkdownTest {

  @Test
  void aTagBecomesEntities() {
    assertThat(Markdown.text("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert\\(1\\)&gt;")
        .doesNotContain("<", ">");
    assertThat(Markdown.text("a & \"b\"")).isEqualTo("a &amp; &quot;b&quot;");
  }

  @Test
  void markdownPunctuationIsEscaped() {
    assertThat(Markdown.text("**bold**")).isEqualTo("\\*\\*bold\\*\\*");
    assertThat(Markdown.text("[a](javascript:alert(1))")).isEqualTo("\\[a\\]\\(javascript\\:alert\\(1\\)\\)");
    assertThat(Markdown.text("![x](http://e)")).isEqualTo("\\!\\[x\\]\\(http\\://e\\)");
    assertThat(Markdown.text("# Заголовок")).isEqualTo("\\# Заголовок");
    assertThat(Markdown.text("- пункт\n1. номер\n`код` _к_ ~з~ {a} +b a|b \\"))
        .isEqualTo("\\- пункт\n\n1\\. номер\n\n\\`код\\` \\_к\\_ \\~з\\~ \\{a\\} \\+b a\\|b \\\\");
  }

  @Test
  void cyrillicAndLineBreaksSurviveAsParagraphs() {
    assertThat(Markdown.text("  Первая строка\r\n\n   вторая строка  \nтретья")).isEqualTo(
        "Первая строка\n\nвторая строка\n\nтретья");
    assertThat(Markdown.listItem("раз\nдва")).isEqualTo("раз\n\n  два");
  }

  @Test
  void inlineKeepsOneLine() {
    assertThat(Markdown.inline("Школа <b>№ 1</b>\n| вторая ")).isEqualTo("Школа &lt;b&gt;№ 1&lt;/b&gt; \\| вторая");
  }

  @Test
  void nothingGivesEmpty() {
    assertThat(Markdown.text(null)).isEmpty();
    assertThat(Markdown.text(" \n ")).isEmpty();
    assertThat(Markdown.inline(null)).isEmpty();
  }
}
