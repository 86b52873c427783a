package ru.schoolsupport.schoolyear;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.process.TransactionMemo;

/** Stage and final reports ({@code ss_stage_report} and its rows), late marks, and the plan they report on. */
@Repository
public class StageReportRepository {

  private final JdbcClient jdbc;

  public StageReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What the school's latest documents plan, numbered as the school sees it: programme «1», its
   * measures «1.1», «1.2», its indicators «1.1», … (one query for each kind, not one per programme).
   */
  public StageReport.Plan plan(long cycleId, String schoolCode) {
    Long versionId = jdbc.sql("""
            select v.id from ss_document_version v
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?) order by v.version desc""")
        .params(cycleId, schoolCode).query(Long.class).list().stream().findFirst().orElse(null);
    if (versionId == null) {
      return new StageReport.Plan(List.of(), List.of(), List.of());
    }
    return plans.get(versionId, () -> planOf(versionId));
  }

  /**
   * A version's plan, read once per transaction: a stage report's form, its check and its summary each
   * need it (19 plans a school-year, 3 queries each). A version is never changed once stored (a new
   * one is stored instead), so the memo needs no forgetting.
   */
  private final TransactionMemo<Long, StageReport.Plan> plans = new TransactionMemo<>();

  private StageReport.Plan planOf(long versionId) {
    Map<Long, StageReport.Programme> programmes = new LinkedHashMap<>();
    jdbc.sql("""
            select p.id, p.factor_code, coalesce(f.title, p.factor_code) as title from ss_programme p
            join ss_document_version v on v.id = p.version_id
            left join ss_cycle_risk_factor f on f.cycle_id = v.cycle_id and f.code = p.factor_code
            where p.version_id = ? order by f.position, p.id""").param(versionId)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list()
        .forEach(r -> programmes.put((Long) r[0], new StageReport.Programme(String.valueOf(programmes.size() + 1),
            (String) r[1], (String) r[2])));
    List<StageReport.Measure> measures = new ArrayList<>();
    Map<Long, Integer> counters = new LinkedHashMap<>();
    jdbc.sql("""
            select m.id, m.programme_id, m.what, m.deadline, m.responsible from ss_programme_measure m
            join ss_programme p on p.id = m.programme_id where p.version_id = ? order by m.programme_id, m.position""")
        .param(versionId)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getString(5)}).list()
        .forEach(r -> {
          StageReport.Programme p = programmes.get((Long) r[1]);
          int n = counters.merge((Long) r[1], 1, Integer::sum);
          measures.add(new StageReport.Measure((Long) r[0], p.ref() + "." + n, p.title(), (String) r[2],
              (LocalDate) r[3], (String) r[4]));
        });
    List<StageReport.Indicator> indicators = new ArrayList<>();
    counters.clear();
    jdbc.sql("""
            select i.id, i.programme_id, i.name, i.baseline, i.target from ss_programme_indicator i
            join ss_programme p on p.id = i.programme_id where p.version_id = ? order by i.programme_id, i.position""")
        .param(versionId)
        .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5)}).list()
        .forEach(r -> {
          StageReport.Programme p = programmes.get((Long) r[1]);
          int n = counters.merge((Long) r[1], 1, Integer::sum);
          indicators.add(new StageReport.Indicator((Long) r[0], p.ref() + "." + n, p.title(), (String) r[2],
              (BigDecimal) r[3], (BigDecimal) r[4]));
        });
    measures.sort(Comparator.comparing(m -> refOrder(m.ref())));
    indicators.sort(Comparator.comparing(i -> refOrder(i.ref())));
    return new StageReport.Plan(List.copyOf(programmes.values()), measures, indicators);
  }

  private static String refOrder(String ref) {
    String[] parts = ref.split("\\.");
    return String.format("%04d.%04d", Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
  }

  /** Stores a new version of the stage's report; returns its number. */
  public int save(long cycleId, String schoolCode, int stage, StageReport.Figures f, String problems, String summary,
      List<StageReport.MeasureStatus> measures, List<StageReport.IndicatorValue> indicators,
      List<StageReport.ProgrammeStatus> programmes, String submittedBy, Instant at, boolean late) {
    latestReports.forget();
    int version = jdbc.sql("""
            select coalesce(max(r.version), 0) + 1 from ss_stage_report r
            where r.cycle_id = ? and r.school_id = (select id from ss_school where code = ?) and r.stage = ?""").params(cycleId, schoolCode, stage)
        .query(Integer.class).single();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ss_stage_report (cycle_id, school_id, stage, version, roadmap_done_share, consultations, seminars,
            visits, round_tables, other_events, problems, summary, submitted_by, submitted_at, late, status)
            values (?, (select id from ss_school where code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cycleId, schoolCode, stage, version, f.roadmapDoneShare(), f.consultations(), f.seminars(), f.visits(),
            f.roundTables(), f.otherEvents(), problems, summary, submittedBy, Timestamp.from(at), late,
            StageReport.Status.SUBMITTED.name())
        .update(key, "id");
    long reportId = key.getKeyAs(Number.class).longValue();
    for (StageReport.MeasureStatus m : measures) {
      jdbc.sql("insert into ss_stage_report_measure (report_id, measure_id, status, comment) values (?, ?, ?, ?)")
          .params(reportId, m.measureId(), m.progress().name(), m.comment()).update();
    }
    for (StageReport.IndicatorValue i : indicators) {
      jdbc.sql("insert into ss_stage_report_indicator (report_id, indicator_id, reported_value) values (?, ?, ?)")
          .params(reportId, i.indicatorId(), i.value()).update();
    }
    for (StageReport.ProgrammeStatus p : programmes) {
      jdbc.sql("insert into ss_stage_report_programme (report_id, factor_code, rag, comment) values (?, ?, ?, ?)")
          .params(reportId, p.factorCode(), p.rag().name(), p.comment()).update();
    }
    return version;
  }

  public void review(long reportId, StageReport.Status status, String reviewer, String comment, Instant at) {
    latestReports.forget();
    jdbc.sql("update ss_stage_report set status = ?, reviewed_by = ?, reviewed_at = ?, curator_comment = ? where id = ?")
        .params(status.name(), reviewer, Timestamp.from(at), comment, reportId).update();
  }

  /** The latest version of the stage's report. */
  public Optional<StageReport> latest(long cycleId, String schoolCode, int stage) {
    return latestReports.get(new ReportKey(cycleId, schoolCode, stage),
        () -> reports(cycleId, schoolCode, "and r.stage = ?", stage).stream().findFirst());
  }

  private record ReportKey(long cycleId, String schoolCode, int stage) {
  }

  /** A task's form reads one report field by field: the report is read once per transaction. */
  private final TransactionMemo<ReportKey, Optional<StageReport>> latestReports = new TransactionMemo<>();

  /** The latest version of any report the school has sent this cycle (the last stage reported). */
  public Optional<StageReport> latestOfAnyStage(long cycleId, String schoolCode) {
    return reports(cycleId, schoolCode, "", null).stream().findFirst();
  }

  private List<StageReport> reports(long cycleId, String schoolCode, String stageCondition, Integer stage) {
    // the final report (stage 0) comes after stages 1 and 2
    String sql = """
        select r.* from ss_stage_report r
        where r.cycle_id = ? and r.school_id = (select id from ss_school where code = ?) %s
        order by case when r.stage = 0 then 99 else r.stage end desc, r.version desc""".formatted(stageCondition);
    List<Object> params = new ArrayList<>(List.of(cycleId, schoolCode));
    if (stage != null) {
      params.add(stage);
    }
    List<StageReport> heads = jdbc.sql(sql).params(params).query((rs, row) -> new StageReport(rs.getLong("id"),
            rs.getInt("stage"), rs.getInt("version"),
            new StageReport.Figures(rs.getBigDecimal("roadmap_done_share"), rs.getInt("consultations"),
                rs.getInt("seminars"), rs.getInt("visits"), rs.getInt("round_tables"), rs.getInt("other_events")),
            rs.getString("problems"), rs.getString("summary"), rs.getString("submitted_by"),
            rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"),
            StageReport.Status.valueOf(rs.getString("status")), rs.getString("curator_comment"), List.of(), List.of(),
            List.of()))
        .list();
    if (heads.isEmpty()) {
      return heads;
    }
    StageReport r = heads.get(0);
    return List.of(new StageReport(r.id(), r.stage(), r.version(), r.figures(), r.problems(), r.summary(),
        r.submittedBy(), r.submittedAt(), r.late(), r.status(), r.curatorComment(), measures(r.id()),
        indicators(r.id()), programmes(r.id())));
  }

  private List<StageReport.MeasureStatus> measures(long reportId) {
    return jdbc.sql("select measure_id, status, comment from ss_stage_report_measure where report_id = ? order by id")
        .param(reportId).query((rs, row) -> new StageReport.MeasureStatus(rs.getLong(1), null,
            StageReport.MeasureProgress.valueOf(rs.getString(2)), rs.getString(3))).list();
  }

  private List<StageReport.IndicatorValue> indicators(long reportId) {
    return jdbc.sql("select indicator_id, reported_value from ss_stage_report_indicator where report_id = ? order by id")
        .param(reportId).query((rs, row) -> new StageReport.IndicatorValue(rs.getLong(1), null, rs.getBigDecimal(2)))
        .list();
  }

  private List<StageReport.ProgrammeStatus> programmes(long reportId) {
    return jdbc.sql("select factor_code, rag, comment from ss_stage_report_programme where report_id = ? order by id")
        .param(reportId).query((rs, row) -> new StageReport.ProgrammeStatus(rs.getString(1), null,
            StageReport.Rag.valueOf(rs.getString(2)), rs.getString(3))).list();
  }

  /** Marks the stage's report as not sent by its deadline; false if it was marked before. */
  public boolean markOverdue(long cycleId, String schoolCode, int stage, Instant at) {
    boolean marked = jdbc.sql("""
            select count(*) from ss_stage_report_overdue o
            where o.cycle_id = ? and o.school_id = (select id from ss_school where code = ?) and o.stage = ?""").params(cycleId, schoolCode, stage)
        .query(Long.class).single() > 0;
    if (marked) {
      return false;
    }
    jdbc.sql("""
            insert into ss_stage_report_overdue (cycle_id, school_id, stage, noted_at)
            values (?, (select id from ss_school where code = ?), ?, ?)""")
        .params(cycleId, schoolCode, stage, Timestamp.from(at)).update();
    return true;
  }

  public boolean isOverdue(long cycleId, String schoolCode, int stage) {
    return jdbc.sql("""
            select count(*) from ss_stage_report_overdue o
            where o.cycle_id = ? and o.school_id = (select id from ss_school where code = ?) and o.stage = ?""").params(cycleId, schoolCode, stage)
        .query(Long.class).single() > 0;
  }
}
