package ru.schoolsupport.roadmap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseOrganisation how the base organisation (the methodological centre) is named in the roadmap
 */
@ConfigurationProperties("schoolsupport.roadmap")
public record RoadmapSettings(String baseOrganisation) {
  public RoadmapSettings {
    baseOrganisation = baseOrganisation == null || baseOrganisation.isBlank()
        ? "Базовая организация (методический центр)" : baseOrganisation;
  }
}
