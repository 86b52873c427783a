package ru.schoolsupport.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.EngineTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.DossierTestCycles;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.FormInputException;

/** Visits and contacts on a school's dossier, recorded through the service (no process): checks and records. */
@SchoolSupportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolNotesTest {

  @Autowired CycleService cycles;
  @Autowired SchoolNotes notes;
  @Autowired SchoolAudit audit;

  Cycle cycle;
  LocalDate today;

  @BeforeAll
  void aCycle() {
    cycle = DossierTestCycles.registered(cycles);
  }

  @BeforeEach
  void aDayInItsYear() {
    today = LocalDate.of(cycle.startYear(), 4, 10);
    EngineTestSupport.moveClockTo(today.atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
  }

  @AfterEach
  void resetClock() {
    EngineTestSupport.resetClock();
  }

  @Test
  void aVisitIsRecordedWithItsAuthorAndShowsInTheAudit() {
    Map<String, Object> visit = visit();
    SchoolNotes.Note note = notes.record(cycle, "sosh6", "curator1", visit);

    assertThat(note.kind()).isEqualTo(SchoolNotes.Kind.VISIT);
    assertThat(note.nextReview()).isEqualTo(today.plusDays(30));
    // the cycle is shared with other tests' notes: this one is the newest of the school's
    List<SchoolNotes.Note> recorded = notes.of(cycle.id(), "sosh6");
    assertThat(recorded.get(0).id()).isEqualTo(note.id());
    assertThat(recorded.get(0).author()).isEqualTo("curator1");
    assertThat(recorded.get(0).peopleMet()).isEqualTo("Директор Петрова А.А., завуч Иванов Б.Б.");
    assertThat(notes.reviewsDue(today, today.plusDays(30))).extracting(SchoolNotes.Note::id).contains(note.id());
    assertThat(audit.of(cycle.id(), "sosh6")).extracting(SchoolAudit.Entry::field).contains(AuditField.NOTE.name());
  }

  @Test
  void badInputIsRefusedFieldByFieldInRussian() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("date", "31.02.2020x");
    bad.put("kind", "PARTY");
    bad.put("peopleMet", " ");
    bad.put("nextReview", today.toString());
    assertThatThrownBy(() -> notes.record(cycle, "sosh31", "curator1", bad))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("поле «Дата»: «31.02.2020x» — не дата")
        .hasMessageContaining("поле «Вид»")
        .hasMessageContaining("поле «С кем встречались»: заполните его")
        .hasMessageContaining("«Ключевые проблемы» или «Договорённости»")
        .hasMessageContaining("поле «Следующая проверка»: дата должна быть позже сегодняшней");

    Map<String, Object> future = visit();
    future.put("date", today.plusDays(1).toString());
    future.put("agreedActions", "x".repeat(4001));
    assertThatThrownBy(() -> notes.record(cycle, "sosh31", "curator1", future))
        .hasMessageContaining("ещё не наступила")
        .hasMessageContaining("поле «Договорённости»: не длиннее 4000 знаков");
    assertThat(notes.of(cycle.id(), "sosh31")).isEmpty();
  }

  Map<String, Object> visit() {
    Map<String, Object> visit = new HashMap<>();
    visit.put("date", CycleService.RUSSIAN_DATE.format(today.minusDays(1)));
    visit.put("kind", "VISIT");
    visit.put("peopleMet", "Директор Петрова А.А., завуч Иванов Б.Б.");
    visit.put("keyProblems", "Нет учителя физики");
    visit.put("agreedActions", "Подать заявку на целевое обучение");
    visit.put("nextReview", today.plusDays(30).toString());
    return visit;
  }
}
