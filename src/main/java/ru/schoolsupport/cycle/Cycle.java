package ru.schoolsupport.cycle;

import java.time.LocalDate;

/** A yearly cycle of support, as stored in {@code ss_cycle}. */
public record Cycle(
    Long id,
    String businessKey,
    String title,
    PeriodType periodType,
    int startYear,
    CycleDeadlines deadlines,
    CycleStatus status,
    String orderNumber,
    LocalDate orderDate,
    String processInstanceId) {
}
