package ru.schoolsupport.audit;

/** What of a school's data in a cycle changed, as the dossier names it. */
public enum AuditField {
  LIST_ENTRY("Включение в перечень"),
  CATEGORY("Категория"),
  PROJECT("Проект"),
  MENTOR_SCHOOL("Школа-наставник"),
  CURATOR("Куратор"),
  YEAR_STAGE("Этап года"),
  STATUS("Статус сопровождения"),
  RISK_PROFILE("Рисковый профиль"),
  DOCUMENTS("Концепция, дорожная карта и программы"),
  DOCUMENTS_STATUS("Состояние документов"),
  DOCUMENTS_REVISION("Актуализация документов"),
  JOINT_PLAN("Совместный план"),
  STAGE_REPORT("Отчёт за этап"),
  FINAL_REPORT("Итоговый отчёт"),
  OUTCOME_RECOMMENDED("Рекомендация куратора по итогам года"),
  OUTCOME("Итог года"),
  DEADLINE_DOCUMENTS("Срок: документы"),
  DEADLINE_STAGE1("Срок: отчёт за I этап"),
  DEADLINE_STAGE2("Срок: отчёт за II этап"),
  DEADLINE_FINAL("Срок: итоговый отчёт"),
  NOTE("Заметки и посещения");

  private final String title;

  AuditField(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The field of a deadline kind ({@code DOCUMENTS}, {@code STAGE1}, {@code STAGE2}, {@code FINAL}); null for others. */
  public static AuditField deadline(String kind) {
    return switch (kind) {
      case "DOCUMENTS" -> DEADLINE_DOCUMENTS;
      case "STAGE1" -> DEADLINE_STAGE1;
      case "STAGE2" -> DEADLINE_STAGE2;
      case "FINAL" -> DEADLINE_FINAL;
      default -> null;
    };
  }

  /** The field as stored; an unknown name (a field a later version dropped) is null. */
  public static AuditField parse(String name) {
    try {
      return name == null ? null : valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
