package ru.schoolsupport.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.directory.Role;

/**
 * What a new roadmap starts from when there is no last year's to copy: the four sections of the Penza
 * roadmap (seed 003) and its typical items, dated by the cycle's deadlines. The coordinator edits it.
 */
final class RoadmapTemplate {

  static final List<String> SECTIONS = List.of(
      "Организация и проведение анализа, мониторинговых мероприятий",
      "Организационно-управленческое сопровождение",
      "Организационно-методическое сопровождение",
      "Информационное сопровождение");

  /** A template item: its section (index into {@link #SECTIONS}), content, indicator, due date, executors. */
  record TemplateItem(int section, String content, String indicator, Function<CycleDeadlines, LocalDate> due,
      List<ItemExecutor> executors) {
  }

  private static final ItemExecutor COORDINATORS = ItemExecutor.of(RoadmapExecutorKind.GROUP, Role.COORDINATOR.groupId());
  private static final ItemExecutor BASE = ItemExecutor.of(RoadmapExecutorKind.BASE, RoadmapExecutorKind.BASE_REF);
  private static final ItemExecutor HEADS = ItemExecutor.of(RoadmapExecutorKind.GROUP, Role.HEAD.groupId());

  static final List<TemplateItem> ITEMS = List.of(
      new TemplateItem(0, "Проведение самооценки деятельности общеобразовательных учреждений, анализ условий "
          + "осуществления образовательной деятельности в школах с низкими образовательными результатами",
          "Наличие аналитических материалов", CycleDeadlines::documentsDue, List.of(COORDINATORS, BASE)),
      new TemplateItem(0, "Анализ эффективности принятых мер", "Наличие аналитической справки, адресные рекомендации",
          CycleDeadlines::stage1Due, List.of(COORDINATORS)),
      new TemplateItem(0, "Анализ результатов внешних оценочных процедур (ЕГЭ, ОГЭ, ВПР)",
          "Наличие статистических и аналитических материалов", CycleDeadlines::stage2Due, List.of(BASE)),
      new TemplateItem(1, "Издание приказа об организации работы со школами с низкими образовательными "
          + "результатами: муниципальный координатор, школы-наставники и кураторы, дорожная карта",
          "Опубликование приказа", CycleDeadlines::documentsDue, List.of(HEADS)),
      new TemplateItem(1, "Организация межшкольного партнёрства: соглашения и планы совместной деятельности "
          + "школ-наставников и курируемых школ", "Пакет соглашений о сотрудничестве",
          CycleDeadlines::documentsDue, List.of(COORDINATORS)),
      new TemplateItem(2, "Разработка и реализация программы методической помощи школам с низкими "
          + "образовательными результатами", "Программа методической помощи", CycleDeadlines::stage1Due,
          List.of(BASE)),
      new TemplateItem(2, "Организация цикла вебинаров и семинаров по профилактике учебной неуспешности",
          "Проведено не менее 4 вебинаров (семинаров)", CycleDeadlines::stage2Due, List.of(BASE)),
      new TemplateItem(3, "Размещение дорожных карт на сайтах управления образования и школ",
          "Размещение «дорожных карт» на сайтах", CycleDeadlines::documentsDue, List.of(COORDINATORS)),
      new TemplateItem(3, "Анонс и освещение основных мероприятий на сайте управления образования",
          "Размещение новостной информации и анонсов мероприятий", CycleDeadlines::finalDue, List.of(COORDINATORS)));

  private RoadmapTemplate() {
  }
}
