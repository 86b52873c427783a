package ru.schoolsupport.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;

/**
 * A task about a school starts its description with the school's name: Tasklist shows it under
 * «Описание», and «Все задачи по школам» sorts by it, then by due date, along an index on PostgreSQL
 * (docs/adr/0006). Sorting by the school-name process variable instead joined every open task to its
 * variables and sorted them all.
 */
@Component
public class SchoolInTaskDescription implements TaskListener {

  static final String SEPARATOR = " — ";
  /**
   * The most characters of a description we write: an entry of the PostgreSQL index «Все задачи по
   * школам» reads along holds about 2,700 bytes (db/engine/postgresql), Camunda's column 4,000 characters.
   */
  public static final int MAX_LENGTH = 1000;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(CommonVariables.SCHOOL_NAME) instanceof String school) || school.isBlank()) {
      return;
    }
    String own = task.getDescription();
    String description = own == null || own.isBlank() ? school : school + SEPARATOR + own;
    int max = MAX_LENGTH;
    task.setDescription(description.length() <= max ? description : description.substring(0, max - 1) + "…");
  }
}
