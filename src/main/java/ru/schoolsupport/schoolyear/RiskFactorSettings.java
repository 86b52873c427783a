package ru.schoolsupport.schoolyear;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The risk factors a new cycle starts with (each cycle keeps its own copy) and how many priority
 * risks a school picks. The defaults are the 500+ risk profile's factors.
 */
@ConfigurationProperties("schoolsupport.risk-profile")
public record RiskFactorSettings(List<Factor> factors, Integer maxPriorityRisks) {

  public record Factor(String code, String title) {
  }

  public RiskFactorSettings {
    maxPriorityRisks = maxPriorityRisks == null ? 3 : maxPriorityRisks;
    factors = factors == null || factors.isEmpty() ? List.of(
        new Factor("equipment", "Низкий уровень оснащения школы"),
        new Factor("staff_shortage", "Дефицит педагогических кадров"),
        new Factor("teacher_competence", "Недостаточная предметная и методическая компетентность педагогических работников"),
        new Factor("teaching_adaptability", "Низкая адаптивность обучения, недостаточная дифференциация"),
        new Factor("professional_development", "Отсутствие внутришкольной системы повышения квалификации"),
        new Factor("failure_risk_students", "Высокая доля обучающихся с рисками учебной неуспешности"),
        new Factor("motivation", "Низкая учебная мотивация обучающихся"),
        new Factor("parent_involvement", "Низкий уровень вовлечённости родителей"),
        new Factor("school_environment", "Пониженный уровень качества школьной образовательной и воспитательной среды"),
        new Factor("language_barriers", "Высокая доля обучающихся с ОВЗ, языковые и культурные барьеры"))
        : List.copyOf(factors);
  }
}
