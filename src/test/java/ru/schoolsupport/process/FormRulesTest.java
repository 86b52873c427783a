package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules our forms show, read from the forms themselves and kept on the server as Tasklist keeps them. */
class FormRulesTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void aFormDeclaresItsFieldsAndItsListsAsVariables() throws IOException {
    assertThat(form("submitStageReport").variableNames()).contains("reportMeasures", "reportIndicators",
        "problems").doesNotContain("status", "ref", "measure", "roadmapDoneShare");
    assertThat(FormRules.undeclared(form("executeAssignment"), Set.of("executionReport", "assignmentId")))
        .containsExactly("assignmentId");
  }

  @Test
  void requiredLengthsPatternsNumbersAndChoicesAreKept() throws IOException {
    DeclaredForm report = form("submitStageReport");
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("reportMeasures", read("[{\"ref\":\"1.1\",\"status\":\"DONE\"},{\"ref\":\"1.2\",\"status\":\"LOST\"},"
        + "{\"ref\":\"1.3\"}]"));
    values.put("consultations", read("20000"));
    values.put("seminars", read("\"восемь\""));
    values.put("problems", json.getNodeFactory().textNode("п".repeat(4001)));
    List<String> problems = FormRules.problems(report, values, name -> null, true);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("строка 2", "выберите значение из списка"))
        .anySatisfy(p -> assertThat(p).contains("строка 3", "обязательное поле"))
        .anySatisfy(p -> assertThat(p).contains("не больше 10000"))
        .anySatisfy(p -> assertThat(p).contains("ожидается число"))
        .anySatisfy(p -> assertThat(p).contains("не длиннее 4000 символов (сейчас 4001)"))
        .anySatisfy(p -> assertThat(p).contains("«Выездов, посещений»", "обязательное поле"));
  }

  @Test
  void aRequiredFieldTheTaskAlreadyHoldsNeedNotBeSentAgainAndOptionsMayComeFromAVariable() throws IOException {
    DeclaredForm list = form("editSchoolList");
    JsonNode options = read("[{\"label\":\"СОШ № 6\",\"value\":\"sosh6\"}]");
    assertThat(FormRules.problems(list, Map.of("includedSchools", read("[\"sosh6\"]")),
        name -> name.equals("schoolOptions") ? options : null, true)).isEmpty();
    assertThat(FormRules.problems(list, Map.of("includedSchools", read("[\"sosh99\"]")),
        name -> name.equals("schoolOptions") ? options : null, true)).singleElement().asString()
        .contains("выберите значения из списка");
    DeclaredForm order = form("issueOrder");
    assertThat(FormRules.problems(order, Map.of("orderNumber", read("\"208\"")),
        name -> name.equals("orderDate") ? read("\"2026-09-01\"") : null, true)).isEmpty();
    assertThat(FormRules.problems(order, Map.of("orderNumber", read("\"208\""), "orderDate", read("\"01.09.2026\"")),
        name -> null, true)).singleElement().asString().contains("«Дата приказа»", "ГГГГ-ММ-ДД");
    // a day that does not exist is refused, not rolled over to March
    assertThat(FormRules.problems(order, Map.of("orderNumber", read("\"208\""), "orderDate", read("\"2027-02-31\"")),
        name -> null, true)).singleElement().asString().contains("«Дата приказа»", "такой даты нет (2027-02-31)");
  }

  @Test
  void aPatternIsToldInWordsNeverAsTheRegularExpression() throws IOException {
    DeclaredForm assignment = form("executeAssignment");
    List<String> problems = FormRules.problems(assignment, Map.of("executionReport", read("\"Сделано\""),
        "executionLink", read("\"sosh6.ru/plan\"")), name -> null, true);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("«Ссылка на результат",
        "укажите ссылку, начинающуюся с http:// или https://")).allSatisfy(p -> assertThat(p).doesNotContain("^", "\\S"));
  }

  @Test
  void everyPatternOfAFormHasItsWords() throws IOException {
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          for (JsonNode pattern : json.readTree(in).findValues("pattern")) {
            assertThat(FormRules.PATTERN_HINTS).as(file + ": words for the pattern " + pattern.asText())
                .containsKey(pattern.asText());
          }
        }
      }
    }
  }

  /**
   * The options a choice offers come from a variable the server sets: no form may declare it as a
   * field (a submission could then replace the options it is checked against), in a list's rows neither.
   */
  @Test
  void noFormDeclaresTheVariableItsOptionsComeFrom() throws IOException {
    int choicesFromVariables = 0;
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        DeclaredForm form;
        try (InputStream in = Files.newInputStream(file)) {
          form = DeclaredForm.parse(in);
        }
        Set<String> keys = new java.util.HashSet<>(form.variableNames());
        form.fields().forEach(f -> f.rows().forEach(row -> keys.add(row.key())));
        for (DeclaredForm.Field field : form.fields()) {
          for (DeclaredForm.Field choice : field.isList() ? field.rows() : List.of(field)) {
            if (choice.optionsVariable() != null) {
              choicesFromVariables++;
              assertThat(keys).as(file + ": " + choice.key()).doesNotContain(choice.optionsVariable());
            }
          }
        }
      }
    }
    assertThat(choicesFromVariables).as("editSchoolList, editMentorPairs (2), moveDeadline (2)").isGreaterThanOrEqualTo(5);
  }

  private DeclaredForm form(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("forms", name + ".form"))) {
      return DeclaredForm.parse(in);
    }
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
