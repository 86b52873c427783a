package ru.schoolsupport.listformation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds that make a school a candidate, and the project given to schools found by their
 * own indicators. A school is ШНОР when a results indicator crosses its threshold, ШФНСУ when the
 * social index is below its threshold.
 */
@ConfigurationProperties("schoolsupport.list-formation")
public record ListFormationSettings(BigDecimal vprFailShareAbove, BigDecimal ogeAverageBelow,
    BigDecimal egeAverageBelow, BigDecimal belowMinShareAbove, BigDecimal socialIndexBelow, Project defaultProject) {

  public ListFormationSettings {
    vprFailShareAbove = vprFailShareAbove == null ? new BigDecimal("30") : vprFailShareAbove;
    ogeAverageBelow = ogeAverageBelow == null ? new BigDecimal("3.3") : ogeAverageBelow;
    egeAverageBelow = egeAverageBelow == null ? new BigDecimal("50") : egeAverageBelow;
    belowMinShareAbove = belowMinShareAbove == null ? new BigDecimal("15") : belowMinShareAbove;
    socialIndexBelow = socialIndexBelow == null ? new BigDecimal("0.4") : socialIndexBelow;
    defaultProject = defaultProject == null ? Project.MUNICIPAL : defaultProject;
  }
}
