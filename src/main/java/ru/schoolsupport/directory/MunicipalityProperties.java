package ru.schoolsupport.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The municipality this deployment serves (one education department) and where its reports go. */
@ConfigurationProperties("schoolsupport.municipality")
public record MunicipalityProperties(String code, String name, String shortName, String regionalInstituteEmail) {
}
