package ru.schoolsupport.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.Markdown;

/**
 * A task about a school names the school wherever Tasklist shows the task (docs/adr/0020):
 * <ul>
 *   <li>its name begins with the school's short name («МОБУ СОШ № 6 — Проверить документы школы»), so
 *   the list, the form's title and the mails name the school, sorting the list by name groups each
 *   school's tasks, and Tasklist's search by name finds one school's tasks;</li>
 *   <li>its description begins with it too: «Все задачи по школам» sorts by the description, then by due
 *   date, along an index on PostgreSQL (docs/adr/0006);</li>
 *   <li>the task's own variable {@value #HEADING} holds the heading a school's form shows at its top
 *   ({@code {{schoolHeading}}}), the name escaped as Markdown.</li>
 * </ul>
 */
@Component
public class SchoolOnTask implements TaskListener {

  public static final String SEPARATOR = " — ";
  /** The task's variable with the form's heading naming the school. */
  public static final String HEADING = "schoolHeading";
  /**
   * The most characters of a description we write: an entry of the PostgreSQL index «Все задачи по
   * школам» reads along holds about 2,700 bytes (db/engine/postgresql), Camunda's column 4,000 characters.
   */
  public static final int MAX_LENGTH = 1000;
  /** Camunda's column for a task's name holds 255 characters. */
  public static final int MAX_NAME_LENGTH = 255;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(CommonVariables.SCHOOL_NAME) instanceof String school) || school.isBlank()) {
      return;
    }
    task.setName(cut(prefixed(school, task.getName()), MAX_NAME_LENGTH));
    task.setDescription(cut(prefixed(school, task.getDescription()), MAX_LENGTH));
    task.setVariableLocal(HEADING, "#### Школа: " + Markdown.inline(school));
  }

  /** The school's name before the text (once), or the name alone. */
  static String prefixed(String school, String text) {
    if (text == null || text.isBlank()) {
      return school;
    }
    return text.startsWith(school + SEPARATOR) ? text : school + SEPARATOR + text;
  }

  /** The task's name without the school's name before it: what the task is, for a line that names the school apart. */
  public static String withoutSchool(String taskName, String school) {
    return taskName != null && school != null && taskName.startsWith(school + SEPARATOR)
        ? taskName.substring(school.length() + SEPARATOR.length()) : taskName;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
