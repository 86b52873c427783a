package ru.schoolsupport.assignment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param overdueEscalationDelay how long after the deadline an unreported assignment goes to its controller
 * @param controlPeriod how long the controller has to check a report
 */
@ConfigurationProperties("schoolsupport.assignments")
public record AssignmentSettings(Duration overdueEscalationDelay, Duration controlPeriod) {
  public AssignmentSettings {
    overdueEscalationDelay = overdueEscalationDelay == null ? Duration.ofDays(1) : overdueEscalationDelay;
    controlPeriod = controlPeriod == null ? Duration.ofDays(5) : controlPeriod;
  }
}
