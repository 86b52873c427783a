package ru.schoolsupport.assignment;

import java.time.LocalDate;

/** An assignment as a decision or an order gives it, before it is issued. */
public record NewAssignment(
    String source,
    String text,
    ExecutorKind executorKind,
    String executorRef,
    String controllerLogin,
    LocalDate deadline) {
}
