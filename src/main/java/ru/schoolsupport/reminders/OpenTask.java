package ru.schoolsupport.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open user task with a due date, as the reminder scan sees it: who it is for (its assignee, or
 * its candidate users and groups while nobody has claimed it), its process and its school.
 */
public record OpenTask(String id, String name, Instant dueAt, LocalDate dueDate, String assignee,
    List<String> candidateUsers, List<String> candidateGroups, String processInstanceId, String processName,
    String schoolCode) {
}
