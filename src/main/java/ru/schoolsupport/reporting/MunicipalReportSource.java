package ru.schoolsupport.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.schoolyear.SchoolDocumentService;
import ru.schoolsupport.schoolyear.SchoolOutcome;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.YearStage;

/**
 * Reads what a municipal report is made of from our tables: the cycle's supported schools
 * ({@code ss_cycle_school}) and the latest version of each school's report of the stage with its
 * programmes' red/amber/green, its measures and the late marks. A few queries for the whole cycle,
 * not a few per school.
 */
@Repository
public class MunicipalReportSource {

  private final JdbcClient jdbc;
  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;

  public MunicipalReportSource(JdbcClient jdbc, CycleRepository cycles, CycleSchoolRepository cycleSchools,
      DirectoryRepository directory, MunicipalityProperties municipality) {
    this.jdbc = jdbc;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.directory = directory;
    this.municipality = municipality;
  }

  /** The report's data as of {@code today}: a school with no report after the deadline counts as late. */
  public MunicipalReportData read(long cycleId, int stage, LocalDate today) {
    Cycle cycle = cycles.get(cycleId);
    LocalDate deadline = deadline(cycle, stage);
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Person> people = directory.peopleByLogin();
    Map<String, Latest> latest = latestReports(cycleId, stage);
    Set<String> overdue = new HashSet<>(jdbc.sql("""
            select s.code from ss_stage_report_overdue o join ss_school s on s.id = o.school_id
            where o.cycle_id = ? and o.stage = ?""").params(cycleId, stage).query(String.class).list());
    boolean deadlinePassed = today.isAfter(deadline);

    List<MunicipalReportData.SchoolRow> rows = new ArrayList<>();
    for (CycleSchool s : cycleSchools.findIncluded(cycleId)) {
      School school = schools.get(s.schoolCode());
      School mentor = s.mentorSchoolCode() == null ? null : schools.get(s.mentorSchoolCode());
      Person curator = s.curatorLogin() == null ? null : people.get(s.curatorLogin());
      Latest r = latest.get(s.schoolCode());
      boolean late = r != null ? r.late : overdue.contains(s.schoolCode()) || deadlinePassed;
      rows.add(new MunicipalReportData.SchoolRow(s.schoolCode(), s.schoolName(),
          school == null ? s.schoolName() : school.fullName(), s.category().title(), s.project().title(),
          mentor == null ? "—" : mentor.shortName(),
          curator == null ? (s.curatorLogin() == null ? "—" : s.curatorLogin()) : curator.shortName(),
          YearStage.titleOf(s.yearStage(), "—"), SchoolDocumentService.statusTitle(s.documentsStatus()),
          r == null ? MunicipalReportData.ReportState.NONE : r.state, r == null ? null : r.share,
          r == null ? null : r.overallRag(), r == null ? 0 : r.green, r == null ? 0 : r.amber, r == null ? 0 : r.red,
          r == null ? 0 : r.consultations, r == null ? 0 : r.seminars, r == null ? 0 : r.visits,
          r == null ? 0 : r.roundTables, r == null ? 0 : r.otherEvents, r == null ? 0 : r.measuresDone,
          r == null ? 0 : r.measuresTotal, late, r == null ? null : r.problems, outcomeTitle(s.outcome())));
    }
    return new MunicipalReportData(cycleId, stage, municipality.name(), cycle.title(),
        cycle.periodType().label(cycle.startYear()), deadline, cycle.orderNumber(), cycle.orderDate(),
        municipality.regionalInstituteEmail(), rows);
  }

  /** The deadline of the schools' reports of the stage: the date the municipal report is made as of. */
  public LocalDate deadline(long cycleId, int stage) {
    return deadline(cycles.get(cycleId), stage);
  }

  private static LocalDate deadline(Cycle cycle, int stage) {
    return switch (stage) {
      case 1 -> cycle.deadlines().stage1Due();
      case 2 -> cycle.deadlines().stage2Due();
      case 0 -> cycle.deadlines().finalDue();
      default -> throw new IllegalArgumentException("No report stage " + stage);
    };
  }

  /** The latest version of each school's report of the stage, by school code. */
  private Map<String, Latest> latestReports(long cycleId, int stage) {
    Map<Long, Latest> byId = new HashMap<>();
    Map<String, Latest> byCode = new HashMap<>();
    jdbc.sql("""
            select r.*, s.code as school_code from ss_stage_report r join ss_school s on s.id = r.school_id
            where r.cycle_id = ? and r.stage = ? and r.version = (select max(v.version) from ss_stage_report v
              where v.cycle_id = r.cycle_id and v.school_id = r.school_id and v.stage = r.stage)""")
        .params(cycleId, stage)
        .query((rs, row) -> {
          Latest l = new Latest();
          l.id = rs.getLong("id");
          l.code = rs.getString("school_code");
          l.share = rs.getBigDecimal("roadmap_done_share");
          l.consultations = rs.getInt("consultations");
          l.seminars = rs.getInt("seminars");
          l.visits = rs.getInt("visits");
          l.roundTables = rs.getInt("round_tables");
          l.otherEvents = rs.getInt("other_events");
          l.problems = rs.getString("problems");
          l.late = rs.getBoolean("late");
          l.state = MunicipalReportData.ReportState.valueOf(rs.getString("status"));
          return l;
        }).list()
        .forEach(l -> {
          byId.put(l.id, l);
          byCode.put(l.code, l);
        });
    if (byId.isEmpty()) {
      return byCode;
    }
    jdbc.sql("""
            select p.report_id, p.rag from ss_stage_report_programme p join ss_stage_report r on r.id = p.report_id
            where r.cycle_id = ? and r.stage = ?""").params(cycleId, stage)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
        .forEach(p -> {
          Latest l = byId.get((Long) p[0]);
          if (l != null) {
            switch (StageReport.Rag.valueOf((String) p[1])) {
              case GREEN -> l.green++;
              case AMBER -> l.amber++;
              case RED -> l.red++;
            }
          }
        });
    jdbc.sql("""
            select m.report_id, m.status from ss_stage_report_measure m join ss_stage_report r on r.id = m.report_id
            where r.cycle_id = ? and r.stage = ?""").params(cycleId, stage)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
        .forEach(m -> {
          Latest l = byId.get((Long) m[0]);
          if (l != null && !StageReport.MeasureProgress.CANCELLED.name().equals(m[1])) {
            l.measuresTotal++;
            if (StageReport.MeasureProgress.DONE.name().equals(m[1])) {
              l.measuresDone++;
            }
          }
        });
    return byCode;
  }

  private static String outcomeTitle(String outcome) {
    SchoolOutcome parsed = SchoolOutcome.parse(outcome);
    return parsed == null ? null : parsed.title();
  }

  /** A school's latest report of the stage, gathered from several queries. */
  private static final class Latest {
    long id;
    String code;
    BigDecimal share;
    int consultations;
    int seminars;
    int visits;
    int roundTables;
    int otherEvents;
    int green;
    int amber;
    int red;
    int measuresDone;
    int measuresTotal;
    String problems;
    boolean late;
    MunicipalReportData.ReportState state;

    StageReport.Rag overallRag() {
      return red > 0 ? StageReport.Rag.RED : amber > 0 ? StageReport.Rag.AMBER : green > 0 ? StageReport.Rag.GREEN
          : null;
    }
  }
}
