package ru.schoolsupport.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.CommonVariables;

/**
 * A task about a school starts its description with the school's name: Tasklist shows it under
 * «Описание», and «Все задачи по школам» sorts by it, then by due date, along an index on PostgreSQL
 * (BENCHMARKS.md). Sorting by the school-name process variable instead joined every open task to its
 * variables and sorted them all.
 */
@Component
public class SchoolInTaskDescription implements TaskListener {

  static final String SEPARATOR = " — ";
  /** The index on the description holds at most this many characters (config/EngineSchemaTuning). */
  static final int MAX_LENGTH = 1000;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(CommonVariables.SCHOOL_NAME) instanceof String school) || school.isBlank()) {
      return;
    }
    String own = task.getDescription();
    String description = own == null || own.isBlank() ? school : school + SEPARATOR + own;
    task.setDescription(description.length() <= MAX_LENGTH ? description
        : description.substring(0, MAX_LENGTH - 1) + "…");
  }
}
