package ru.schoolsupport.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.roadmap.RoadmapService.DraftSource;
import ru.schoolsupport.roadmap.RoadmapService.ItemInput;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/** The roadmap as a record, through its services only (no process): draft, edit, approve, versions, import. */
@SchoolSupportTest
class RoadmapServiceTest {

  @Autowired RoadmapService roadmaps;
  @Autowired RoadmapImport imports;
  @Autowired CycleService cycles;
  @Autowired AssignmentService assignments;
  @Autowired EventService events;

  private Cycle newCycle() {
    return RoadmapTestCycles.register(cycles, PeriodType.CALENDAR_YEAR);
  }

  @Test
  void aDraftFromTheTemplateHasTheSeedsSectionsAndDatedItems() {
    Cycle cycle = newCycle();
    roadmaps.draft(cycle.id(), DraftSource.TEMPLATE, "coordinator");

    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.roadmap().status()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(view.roadmap().title()).contains("дорожная карта").contains("в " + cycle.startYear() + " году");
    assertThat(view.sections()).extracting(RoadmapSection::title).containsExactlyElementsOf(RoadmapTemplate.SECTIONS);
    assertThat(view.items()).hasSize(RoadmapTemplate.ITEMS.size());
    RoadmapItem first = view.items().get(0);
    assertThat(first.dueDate()).isEqualTo(cycle.deadlines().documentsDue());
    assertThat(first.stage()).isEqualTo(1);
    assertThat(first.indicator()).isEqualTo("Наличие аналитических материалов");
    assertThat(view.items()).anyMatch(i -> i.stage() == 2).anyMatch(i -> i.stage() == 0);
    assertThat(view.overall()).isEqualTo(new RoadmapService.Completion(0, RoadmapTemplate.ITEMS.size()));
    assertThat(view.versions()).isEmpty();
  }

  @Test
  void editedReturnedApprovedThenChangedAsAVersionWithWhoAndWhy() {
    Cycle cycle = RoadmapTestCycles.register(cycles);
    roadmaps.draft(cycle.id(), DraftSource.KEEP, "coordinator");
    RoadmapView empty = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(empty.sections()).hasSize(4);
    assertThatThrownBy(() -> roadmaps.submit(cycle.id())).isInstanceOf(FormInputException.class)
        .hasMessageContaining("нет ни одного мероприятия");

    long section = empty.sections().get(2).id();
    LocalDate due = cycle.deadlines().stage1Due();
    long seminar = roadmaps.addItem(cycle.id(), new ItemInput(section, null, "Семинар-практикум по антирисковым программам",
        "Март " + cycle.startYear() + " г.", null, "Проведён семинар",
        List.of(ItemExecutor.of(RoadmapExecutorKind.BASE, null), ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "lyceum7"))),
        null, "coordinator");
    long order = roadmaps.addItem(cycle.id(), new ItemInput(empty.sections().get(1).id(), 1, "Издание приказа", null, due,
        "Приказ", List.of(ItemExecutor.of(RoadmapExecutorKind.PERSON, "head"))), null, "coordinator");
    assertThatThrownBy(() -> roadmaps.addItem(cycle.id(), new ItemInput(section, 7, " ", "когда-нибудь", null, null,
        List.of(ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "nosuch"))), null, "coordinator"))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("содержание мероприятия").hasMessageContaining("срок мероприятия")
        .hasMessageContaining("этап").hasMessageContaining("«nosuch» не найден");

    RoadmapItem read = roadmaps.view(cycle.id()).orElseThrow().items().stream().filter(i -> i.id() == seminar)
        .findFirst().orElseThrow();
    assertThat(read.dueDate()).isEqualTo(LocalDate.of(cycle.startYear(), 3, 31));
    assertThat(read.stage()).isEqualTo(1);
    assertThat(read.executors()).extracting(ItemExecutor::kind)
        .containsExactly(RoadmapExecutorKind.BASE, RoadmapExecutorKind.SCHOOL);

    roadmaps.submit(cycle.id());
    assertThatThrownBy(() -> roadmaps.decide(cycle.id(), ApprovalDecision.RETURNED, " ", "head"))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Комментарий");
    assertThat(roadmaps.decide(cycle.id(), ApprovalDecision.RETURNED, "Добавьте вебинары", "head")).isFalse();
    Roadmap returned = roadmaps.find(cycle.id()).orElseThrow();
    assertThat(returned.status()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(returned.headComment()).isEqualTo("Добавьте вебинары");
    assertThat(returned.returnCount()).isEqualTo(1);

    roadmaps.submit(cycle.id());
    assertThat(roadmaps.decide(cycle.id(), ApprovalDecision.APPROVED, null, "head")).isTrue();
    assertThat(roadmaps.startTracking(cycle.id())).isEqualTo(3);
    assertThat(roadmaps.startTracking(cycle.id())).isZero();
    RoadmapView approved = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(approved.roadmap().version()).isEqualTo(1);
    assertThat(approved.roadmap().approvedBy()).isEqualTo("head");
    assertThat(approved.versions()).singleElement().satisfies(v -> {
      assertThat(v.changedBy()).isEqualTo("head");
      assertThat(v.snapshot()).contains("Семинар-практикум");
    });
    assertThat(approved.marks().get(order)).singleElement().satisfies(m -> {
      assertThat(m.assignmentId()).isNotNull();
      assertThat(m.status()).isEqualTo("IN_PROGRESS");
      assertThat(m.deadline()).isEqualTo(due);
    });

    // the head's item is carried out and accepted: 1 of 2 done, 50 % of stage I
    long assignment = approved.marks().get(order).get(0).assignmentId();
    assignments.recordReport(assignment, "Приказ издан", "https://uo.example.ru/prikaz", "head");
    assignments.recordControlDecision(assignment, ApprovalDecision.APPROVED, null);
    RoadmapView half = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(half.ofStage(1)).isEqualTo(new RoadmapService.Completion(1, 2));
    assertThat(half.ofStage(1).percent()).isEqualTo(50);
    assertThat(half.ofSection(empty.sections().get(1).id()).percent()).isEqualTo(100);
    assertThat(half.doneAt(half.items().stream().filter(i -> i.id() == order).findFirst().orElseThrow())).isNotNull();
    assertThat(half.marks().get(order).get(0).reportedBy()).isEqualTo("head");

    // a change after approval needs a reason and is version 2; a new executor is tracked at once
    ItemInput more = new ItemInput(section, null, "Семинар-практикум по антирисковым программам", "Март "
        + cycle.startYear() + " г.", null, "Проведён семинар", List.of(ItemExecutor.of(RoadmapExecutorKind.BASE, null),
        ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "lyceum7"), ItemExecutor.of(RoadmapExecutorKind.GROUP, "curators")));
    assertThatThrownBy(() -> roadmaps.updateItem(cycle.id(), seminar, more, null, "coordinator"))
        .isInstanceOf(FormInputException.class).hasMessageContaining("причину");
    assertThatThrownBy(() -> roadmaps.updateItem(cycle.id(), seminar, new ItemInput(section, null, "Семинар", null,
        due, null, List.of(ItemExecutor.of(RoadmapExecutorKind.BASE, null))), "меньше", "coordinator"))
        .isInstanceOf(FormInputException.class).hasMessageContaining("нельзя убрать");
    roadmaps.updateItem(cycle.id(), seminar, more, "Актуализация по решению коллегии", "coordinator");
    RoadmapView changed = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(changed.roadmap().version()).isEqualTo(2);
    assertThat(changed.versions()).hasSize(2).last().satisfies(v -> {
      assertThat(v.changedBy()).isEqualTo("coordinator");
      assertThat(v.reason()).isEqualTo("Актуализация по решению коллегии");
    });
    assertThat(changed.marks().get(seminar)).hasSize(3).allMatch(m -> m.assignmentId() != null);
    assertThatThrownBy(() -> roadmaps.removeItem(cycle.id(), seminar, "не нужно", "coordinator"))
        .isInstanceOf(FormInputException.class).hasMessageContaining("на исполнении");
  }

  @Test
  void aNewCycleMayStartFromLastYearsRoadmapMovedOnAYear() {
    Cycle next = RoadmapTestCycles.consecutive(cycles);
    Cycle last = RoadmapTestCycles.consecutive(cycles);
    roadmaps.draft(last.id(), DraftSource.TEMPLATE, "coordinator");
    assertThat(next.startYear()).isEqualTo(last.startYear() + 1);

    roadmaps.draft(next.id(), DraftSource.PREVIOUS, "coordinator");

    RoadmapView copy = roadmaps.view(next.id()).orElseThrow();
    RoadmapView original = roadmaps.view(last.id()).orElseThrow();
    assertThat(copy.items()).hasSameSizeAs(original.items());
    assertThat(copy.items().get(0).dueDate()).isEqualTo(original.items().get(0).dueDate().plusYears(1));
    assertThat(copy.items().get(0).content()).isEqualTo(original.items().get(0).content());
  }

  @Test
  void theDepartmentsTableBecomesTheDraftAndABadRowRefusesItWhole() {
    Cycle cycle = newCycle();
    int y = cycle.startYear();
    String good = """
        № п/п;Раздел;Содержание деятельности;Сроки реализации;Индикативные показатели;Ответственный исполнитель
        1;Проектно-деятельностный этап;Заседание рабочей группы;Февраль %1$d г.;Протокол;coordinator
        2;;Установочное совещание со школами-партнерами;10 марта %1$d г.;;"Муниципальный координатор; lyceum7"
        3;Итоговый этап;Расширенное заседание рабочей группы по результатам ГИА;Декабрь %1$d г.;;базовая организация
        """.formatted(y);
    assertThat(imports.importTable(cycle.id(), "roadmap.csv", good.getBytes(StandardCharsets.UTF_8), "coordinator"))
        .isEqualTo(3);
    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.sections()).extracting(RoadmapSection::title)
        .containsExactly("Проектно-деятельностный этап", "Итоговый этап");
    assertThat(view.items().get(0).dueDate()).isEqualTo(java.time.YearMonth.of(y, 2).atEndOfMonth());
    assertThat(view.items().get(1).dueDate()).isEqualTo(LocalDate.of(y, 3, 10));
    assertThat(view.items().get(1).executors()).containsExactly(
        ItemExecutor.of(RoadmapExecutorKind.GROUP, "coordinators").withId(view.items().get(1).executors().get(0).id()),
        ItemExecutor.of(RoadmapExecutorKind.SCHOOL, "lyceum7").withId(view.items().get(1).executors().get(1).id()));
    assertThat(view.items().get(2).stage()).isEqualTo(0);

    String bad = """
        Содержание деятельности;Сроки реализации;Ответственный исполнитель
        Заседание рабочей группы;Февраль %1$d г.;coordinator
        ;В течение учебного года;Иванов
        Семинар;Март %1$d г.;
        """.formatted(y);
    assertThatThrownBy(() -> imports.importTable(cycle.id(), "bad.csv", bad.getBytes(StandardCharsets.UTF_8),
        "coordinator"))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(e -> assertThat(((ImportRejectedException) e).problems()).extracting(Object::toString)
            .anyMatch(p -> p.startsWith("Строка 3: ") && p.contains("Содержание деятельности"))
            .anyMatch(p -> p.startsWith("Строка 3: ") && p.contains("не назван месяц"))
            .anyMatch(p -> p.startsWith("Строка 3: ") && p.contains("«Иванов» не найден"))
            .anyMatch(p -> p.startsWith("Строка 4: ") && p.contains("не указан ответственный исполнитель")))
        .hasMessageContaining("ничего не изменено");
    assertThat(roadmaps.view(cycle.id()).orElseThrow().items()).hasSize(3);
  }

  @Test
  void theSampleTablesImport() throws Exception {
    Cycle cycle = RoadmapTestCycles.register(cycles, PeriodType.SCHOOL_YEAR);
    String year = String.valueOf(cycle.startYear() + 1);
    String roadmap = java.nio.file.Files.readString(java.nio.file.Path.of("docs/samples/roadmap.csv")).replace("2027", year);
    assertThat(imports.importTable(cycle.id(), "roadmap.csv", roadmap.getBytes(StandardCharsets.UTF_8), "coordinator"))
        .isEqualTo(8);
    RoadmapView view = roadmaps.view(cycle.id()).orElseThrow();
    assertThat(view.sections()).hasSize(4);
    assertThat(view.items().get(7).stage()).isZero();
    assertThat(view.items().get(6).executors()).hasSize(3);
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("docs/samples/events.csv")).replace("2027", year);
    assertThat(events.importTable(cycle.id(), "events.csv", table.getBytes(StandardCharsets.UTF_8),
        new EventService.Author("coordinator", true, true, List.of()))).isEqualTo(4);
    assertThat(events.ofCycle(cycle.id()).get(0).roadmapItemId()).isEqualTo(view.items().get(4).id());
  }

  @Test
  void periodsAsRoadmapsWriteThem() {
    assertThat(RoadmapPeriods.dueDate("16.02.2023")).isEqualTo(LocalDate.of(2023, 2, 16));
    assertThat(RoadmapPeriods.dueDate("до 10 марта 2023 г.")).isEqualTo(LocalDate.of(2023, 3, 10));
    assertThat(RoadmapPeriods.dueDate("Январь-февраль 2022 года")).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(RoadmapPeriods.dueDate("Май 2022 года Ноябрь 2022 года")).isEqualTo(LocalDate.of(2022, 11, 30));
    assertThat(RoadmapPeriods.dueDate("24 мая - 25 мая 2023 г.")).isEqualTo(LocalDate.of(2023, 5, 25));
    assertThat(RoadmapPeriods.dueDate("В течение 2022 года")).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(RoadmapPeriods.dueDate("В течение учебного года")).isNull();
    assertThat(RoadmapPeriods.dueDate("Март – май 2022 года")).isEqualTo(LocalDate.of(2022, 5, 31));
  }
}
