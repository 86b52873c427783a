package ru.schoolsupport.schoolyear;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxReviewRounds after this many returns the coordinator is drawn in
 * @param reviewPeriod how long the curator has to review a submission
 */
@ConfigurationProperties("schoolsupport.school-year")
public record SchoolYearSettings(Integer maxReviewRounds, Duration reviewPeriod) {
  public SchoolYearSettings {
    maxReviewRounds = maxReviewRounds == null ? 3 : maxReviewRounds;
    reviewPeriod = reviewPeriod == null ? Duration.ofDays(7) : reviewPeriod;
  }
}
