package ru.schoolsupport.mentoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mentorCapacity how many supervised schools one mentor school may take (in seed 002 a lyceum took three)
 * @param curatorLoad how many schools one curator may be attached to
 */
@ConfigurationProperties("schoolsupport.mentoring")
public record MentoringSettings(Integer mentorCapacity, Integer curatorLoad) {
  public MentoringSettings {
    mentorCapacity = mentorCapacity == null ? 3 : mentorCapacity;
    curatorLoad = curatorLoad == null ? 3 : curatorLoad;
  }
}
