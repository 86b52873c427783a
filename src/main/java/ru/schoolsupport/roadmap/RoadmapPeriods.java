package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an item's due date from the period as a roadmap table writes it: «16.02.2023», «до 10 марта
 * 2023 г.», «Январь-февраль 2022 года» (the last day of February), «Май 2022 года Ноябрь 2022 года» (the
 * last one named), «В течение 2022 года» (31 December). Null when the text names no date («В течение
 * учебного года»).
 */
final class RoadmapPeriods {

  private static final List<String> MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
      "сентябр", "октябр", "ноябр", "декабр");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern WORDS = Pattern.compile(
      "(?:(\\d{1,2})\\s+)?(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\\s+(\\d{4})");
  private static final Pattern WHOLE_YEAR = Pattern.compile("в\\s+течение\\s+(\\d{4})\\s+год");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
  static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private RoadmapPeriods() {
  }

  static LocalDate dueDate(String period) {
    if (period == null || period.isBlank()) {
      return null;
    }
    String text = period.toLowerCase(Locale.ROOT).replace('ё', 'е');
    try {
      return LocalDate.parse(text.strip(), ISO);
    } catch (DateTimeParseException e) {
      // not ISO; read it as Russian text
    }
    LocalDate found = null;
    int foundAt = -1;
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      int year = Integer.parseInt(numeric.group(3));
      year = year < 100 ? 2000 + year : year;
      try {
        LocalDate date = LocalDate.of(year, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)));
        if (numeric.start() > foundAt) {
          found = date;
          foundAt = numeric.start();
        }
      } catch (java.time.DateTimeException e) {
        // not a real date («31.02.2023»): skip it
      }
    }
    Matcher words = WORDS.matcher(text);
    while (words.find()) {
      int month = monthOf(words.group(2));
      YearMonth yearMonth = YearMonth.of(Integer.parseInt(words.group(3)), month);
      LocalDate date = words.group(1) == null ? yearMonth.atEndOfMonth()
          : Integer.parseInt(words.group(1)) <= yearMonth.lengthOfMonth()
              ? yearMonth.atDay(Integer.parseInt(words.group(1))) : null;
      if (date != null && words.start() > foundAt) {
        found = date;
        foundAt = words.start();
      }
    }
    if (found != null) {
      return found;
    }
    Matcher wholeYear = WHOLE_YEAR.matcher(text);
    if (wholeYear.find()) {
      return LocalDate.of(Integer.parseInt(wholeYear.group(1)), 12, 31);
    }
    return null;
  }

  private static int monthOf(String stem) {
    if (stem.startsWith("ма") && !stem.startsWith("март")) {
      return 5;
    }
    return MONTHS.indexOf(stem) + 1;
  }
}
