package ru.schoolsupport.process;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text a user typed (or a file brought in), put into the Markdown a form's {@code text} component
 * shows, so that it reads exactly as typed: HTML-significant characters become entities, Markdown
 * punctuation is escaped with a backslash (CommonMark allows it before any ASCII punctuation), so
 * neither a tag ({@code <img src=x onerror=…>}) nor a link, an image, emphasis or a heading typed by
 * a user is ever interpreted. The Markdown we write ourselves (headings, bold labels, tables) is
 * written around it as it is.
 */
public final class Markdown {

  /** What is escaped with a backslash: Markdown's punctuation, and «:» so no address becomes a link. */
  private static final String ESCAPED = "\\`*_[](){}#+-.!|~:";

  private Markdown() {
  }

  /**
   * A user's text as its own paragraphs: each line of it a paragraph (blank lines dropped), so its
   * line breaks survive; empty for null or blank.
   */
  public static String text(String userText) {
    return paragraphs(userText, "\n\n");
  }

  /**
   * A user's text inside an item of a list ({@code "- **Label:** " + listItem(text)}): its lines are
   * paragraphs of the item, indented under it.
   */
  public static String listItem(String userText) {
    return paragraphs(userText, "\n\n  ");
  }

  /**
   * A user's text within a line — a table cell, a heading, a name after a label: its line breaks
   * become spaces, so the line stays one; empty for null.
   */
  public static String inline(String userText) {
    if (userText == null) {
      return "";
    }
    return escape(userText.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  private static String paragraphs(String userText, String separator) {
    if (userText == null || userText.isBlank()) {
      return "";
    }
    return Arrays.stream(userText.strip().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
        .map(Markdown::escape).collect(Collectors.joining(separator));
  }

  /** Escapes one line: entities for {@code & < > "}, a backslash before Markdown's punctuation. */
  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (ESCAPED.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
