package ru.schoolsupport.schoolyear;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxReviewRounds after this many returns the coordinator is drawn in
 * @param reviewPeriod how long the curator has to review a submission
 * @param reportWindow how long before a stage report's deadline the school is asked for it
 * @param jointPlanPeriod how long after the documents' deadline the joint plan with the mentor school is due
 */
@ConfigurationProperties("schoolsupport.school-year")
public record SchoolYearSettings(Integer maxReviewRounds, Duration reviewPeriod, Duration reportWindow,
    Duration jointPlanPeriod) {
  public SchoolYearSettings {
    reportWindow = reportWindow == null ? Duration.ofDays(14) : reportWindow;
    jointPlanPeriod = jointPlanPeriod == null ? Duration.ofDays(14) : jointPlanPeriod;
    maxReviewRounds = maxReviewRounds == null ? 3 : maxReviewRounds;
    reviewPeriod = reviewPeriod == null ? Duration.ofDays(7) : reviewPeriod;
  }
}
