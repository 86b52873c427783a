package ru.schoolsupport.access;

import org.camunda.bpm.engine.task.Task;

/**
 * Why a suspended task waits, in Russian, for the 409 {@link EngineRestGate} answers to anyone who claims,
 * completes or submits it: a school's work paused by the coordinator («Работа школы приостановлена
 * координатором до 15.03.2027: смена директора»), or an instance suspended in Cockpit. Implemented where
 * the school's status is kept ({@code schoolstatus}), so that {@code access} does not depend on it.
 */
public interface SuspendedTaskReason {

  /** The message for a call to this suspended task. */
  String of(Task task);

  /** When nothing more is known: the process was suspended (in Cockpit, say). */
  String GENERIC = "Работа по этой задаче приостановлена: задача ждёт, пока процесс не возобновят. "
      + "Обновите список задач.";
}
