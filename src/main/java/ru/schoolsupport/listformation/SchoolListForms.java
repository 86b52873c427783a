package ru.schoolsupport.listformation;

import ru.schoolsupport.process.LongText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.Markdown;

/**
 * What the list forms show, computed from our tables when the task is created: the options of the
 * coordinator's checklist (every school, candidates first with their reasons) and the list as the
 * head reads it. Referenced from the model as {@code ${schoolListForms.…(cycleId)}}.
 */
@Component("schoolListForms")
public class SchoolListForms {

  private final ListFormationService listFormation;
  private final DirectoryRepository directory;

  public SchoolListForms(ListFormationService listFormation, DirectoryRepository directory) {
    this.listFormation = listFormation;
    this.directory = directory;
  }

  /** Checklist options [{label, value}]: proposed schools with category and reason, then all others. */
  public SpinJsonNode options(Long cycleId) {
    List<Map<String, String>> options = new ArrayList<>();
    Map<String, CycleSchool> onList = new LinkedHashMap<>();
    listFormation.all(cycleId).forEach(s -> onList.put(s.schoolCode(), s));
    for (CycleSchool school : onList.values()) {
      options.add(option(school.schoolCode(), school.schoolName() + " — " + school.category().title() + ", "
          + school.project().title()));
    }
    for (School school : directory.findSchools()) {
      if (!onList.containsKey(school.code())) {
        options.add(option(school.code(), school.shortName()
            + (school.district() == null ? "" : " (" + school.district() + " район)") + " — не в числе кандидатов"));
      }
    }
    return JsonValues.json(options);
  }

  /** Why each candidate was proposed (Markdown), shown under the coordinator's checklist. */
  public SpinJsonNode reasons(Long cycleId) {
    return LongText.of(reasonsText(cycleId));
  }

  private String reasonsText(Long cycleId) {
    StringBuilder text = new StringBuilder("| Школа | Основание |\n|---|---|\n");
    for (CycleSchool s : listFormation.all(cycleId)) {
      text.append("| ").append(cell(s.schoolName())).append(" | ").append(cell(s.source().title() + ": " + s.reason()))
          .append(" |\n");
    }
    return text.toString();
  }

  /** The list as a Markdown table, for the head's approval. */
  public SpinJsonNode summary(Long cycleId) {
    return LongText.of(summaryText(cycleId));
  }

  private String summaryText(Long cycleId) {
    List<CycleSchool> all = listFormation.all(cycleId);
    List<CycleSchool> included = all.stream().filter(CycleSchool::included).toList();
    StringBuilder text = new StringBuilder();
    text.append("**В перечне школ: ").append(included.size()).append("**\n\n");
    if (!included.isEmpty()) {
      text.append("| № | Школа | Категория | Проект | Основание |\n|---|---|---|---|---|\n");
      int n = 1;
      for (CycleSchool s : included) {
        text.append("| ").append(n++).append(" | ").append(cell(s.schoolName())).append(" | ")
            .append(s.category().title()).append(" | ").append(s.project().title()).append(" | ")
            .append(cell(s.source().title() + ": " + s.reason())).append(" |\n");
      }
    }
    List<CycleSchool> excluded = all.stream().filter(s -> !s.included()).toList();
    if (!excluded.isEmpty()) {
      text.append("\n**Исключены координатором из числа кандидатов:**\n\n");
      for (CycleSchool s : excluded) {
        text.append("- ").append(cell(s.schoolName())).append(" — ").append(Markdown.listItem(s.changeComment()))
            .append("\n");
      }
    }
    return text.toString();
  }

  private static Map<String, String> option(String value, String label) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  /** A name or a reason (from the directory, an imported file or a user) within a line or a table cell. */
  private static String cell(String text) {
    return Markdown.inline(text);
  }
}
