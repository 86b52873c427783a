package ru.schoolsupport.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.schoolsupport.DossierTestCycles;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.reminders.DeadlineMoves;

/**
 * The field-level audit: a cycle run to its schools records each school's list entry, pair and first
 * stage; deadlines moved for one school and for all are recorded per school with who and why; the changes
 * of one transaction are written together at its commit, and nothing of a rolled-back one.
 */
@SchoolSupportTest
class SchoolAuditTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ListFormationService listFormation;
  @Autowired DeadlineMoves moves;
  @Autowired SchoolAudit audit;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcClient jdbc;

  @Test
  void aCycleRunToItsSchoolsAndItsDeadlineMovesAreAudited() {
    long cycleId = DossierTestCycles.atItsSchools(engine, listFormation);
    List<String> schools = listFormation.includedCodes(cycleId);

    List<SchoolAudit.Entry> sosh6 = audit.of(cycleId, "sosh6");
    assertThat(sosh6).extracting(SchoolAudit.Entry::field)
        .contains("LIST_ENTRY", "MENTOR_SCHOOL", "CURATOR", "YEAR_STAGE");
    SchoolAudit.Entry listed = only(sosh6, AuditField.LIST_ENTRY);
    assertThat(listed.oldValue()).isNull();
    assertThat(listed.newValue()).isEqualTo(ListFormationService.INCLUDED);
    assertThat(listed.comment()).isNotBlank();
    assertThat(only(sosh6, AuditField.MENTOR_SCHOOL).newValue()).isEqualTo("lyceum7");
    assertThat(only(sosh6, AuditField.CURATOR).newValue()).startsWith("curator");
    assertThat(only(sosh6, AuditField.YEAR_STAGE).newValue()).isEqualTo("SELF_ASSESSMENT");
    assertThat(sosh6).allSatisfy(e -> assertThat(e.changedAt()).isNotNull());

    LocalDate documents = jdbc.sql("select documents_due from ss_cycle where id = ?").param(cycleId)
        .query(LocalDate.class).single();
    identity.setAuthentication("coordinator", List.of("coordinators"));
    try {
      moves.move(new DeadlineMoves.Request(cycleId, DeadlineKind.DOCUMENTS, "sosh6", documents.plusDays(5), "Болезнь директора",
          "coordinator"));
      moves.move(new DeadlineMoves.Request(cycleId, DeadlineKind.DOCUMENTS, null, documents.plusDays(3), "Совещание",
          "coordinator"));
    } finally {
      identity.clearAuthentication();
    }
    SchoolAudit.Entry own = only(audit.of(cycleId, "sosh6"), AuditField.DEADLINE_DOCUMENTS);
    assertThat(own.oldValue()).isEqualTo(documents.toString());
    assertThat(own.newValue()).isEqualTo(documents.plusDays(5).toString());
    assertThat(own.comment()).isEqualTo("Болезнь директора");
    assertThat(own.changedBy()).isEqualTo("coordinator");
    // the move for all reaches every other school of the list, not sosh6, which keeps its own deadline
    for (String school : schools) {
      if (!school.equals("sosh6")) {
        SchoolAudit.Entry moved = only(audit.of(cycleId, school), AuditField.DEADLINE_DOCUMENTS);
        assertThat(moved.newValue()).isEqualTo(documents.plusDays(3).toString());
        assertThat(moved.comment()).isEqualTo("Совещание");
      }
    }
  }

  @Test
  void aTransactionsChangesAreWrittenAtItsCommitAndNoneOfARolledBackOne() {
    // no cycle of that id: the audit keeps no foreign key, and this test needs no year of its own
    long cycleId = 900_000_000L + System.nanoTime() % 1_000_000L;
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    transactions.executeWithoutResult(status -> {
      audit.record(cycleId, "sosh6", AuditField.CURATOR, "curator1", "curator2");
      audit.record(cycleId, "sosh12", AuditField.CURATOR, "curator1", "curator2");
      audit.record(cycleId, "sosh12", AuditField.CURATOR, "curator2", "curator2");
      assertThat(jdbc.sql("select count(*) from ss_school_audit where cycle_id = ?").param(cycleId)
          .query(Integer.class).single()).as("kept until the commit").isZero();
    });
    assertThat(audit.of(cycleId, "sosh6")).hasSize(1);
    assertThat(audit.of(cycleId, "sosh12")).as("a value that stays the same is no change").hasSize(1);
    assertThat(audit.of(cycleId, "sosh6").get(0).changedBy()).isNull();

    transactions.executeWithoutResult(status -> {
      audit.record(cycleId, "sosh31", AuditField.OUTCOME, null, "CONTINUES");
      status.setRollbackOnly();
    });
    assertThat(audit.of(cycleId, "sosh31")).isEmpty();
  }

  private static SchoolAudit.Entry only(List<SchoolAudit.Entry> entries, AuditField field) {
    List<SchoolAudit.Entry> found = entries.stream().filter(e -> e.field().equals(field.name())).toList();
    assertThat(found).as(field.name()).hasSize(1);
    return found.get(0);
  }
}
