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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import ru.schoolsupport.process.TransactionMemo;

/** Stage and final reports ({@code ss_stage_report} and its rows), late marks, and the plan they report on. */
@Repository
public class StageReportRepository {

  private final JdbcClient jdbc;
  /** For the rows of a report, sent to the database in one batch each. */
  private final JdbcTemplate batches;
  private final SchoolDocumentRepository documents;

  public StageReportRepository(JdbcClient jdbc, JdbcTemplate batches, SchoolDocumentRepository documents) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.documents = documents;
  }

  /**
   * What the school's current (newest accepted) documents plan, numbered as the school sees it: programme «1», its
   * measures «1.1», «1.2», its indicators «1.1», … (one query for all three kinds).
   */
  public StageReport.Plan plan(long cycleId, String schoolCode) {
    Long versionId = documents.currentVersionId(cycleId, schoolCode).orElse(null);
    if (versionId == null) {
      return new StageReport.Plan(List.of(), List.of(), List.of());
    }
    return plans.get(versionId, () -> planOf(versionId));
  }

  /**
   * A version's plan, read once per transaction: a stage report's form, its check and its summary each
   * need it (19 plans a school-year). A version is never changed once stored (a new one is stored
   * instead), so the memo needs no forgetting.
   */
  private final TransactionMemo<Long, StageReport.Plan> plans = new TransactionMemo<>();

  /** A row of a version's plan: a programme ('P'), a measure ('M') or an indicator ('I'). */
  private record PlanRow(String kind, long id, long programmeId, int position, String text, String title,
      String responsible, LocalDate deadline, BigDecimal baseline, BigDecimal target) {
  }

  private StageReport.Plan planOf(long versionId) {
    // each branch reads its own table along the version's programmes
    List<PlanRow> rows = jdbc.sql("""
            select 'P' as kind, p.id, p.id as programme_id, coalesce(f.position, 1000000) as position,
                cast(p.factor_code as varchar(2000)) as text, cast(coalesce(f.title, p.factor_code) as varchar(1000)) as title,
                cast(null as varchar(500)) as responsible, cast(null as date) as deadline,
                cast(null as numeric(12, 2)) as baseline, cast(null as numeric(12, 2)) as target
            from ss_programme p join ss_document_version v on v.id = p.version_id
            left join ss_cycle_risk_factor f on f.cycle_id = v.cycle_id and f.code = p.factor_code
            where p.version_id = ?
            union all
            select 'M', m.id, m.programme_id, m.position, m.what, null, m.responsible, m.deadline, null, null
            from ss_programme_measure m join ss_programme p on p.id = m.programme_id where p.version_id = ?
            union all
            select 'I', i.id, i.programme_id, i.position, i.name, null, null, null, i.baseline, i.target
            from ss_programme_indicator i join ss_programme p on p.id = i.programme_id where p.version_id = ?""")
        .params(versionId, versionId, versionId)
        .query((rs, row) -> new PlanRow(rs.getString("kind"), rs.getLong("id"), rs.getLong("programme_id"),
            rs.getInt("position"), rs.getString("text"), rs.getString("title"), rs.getString("responsible"),
            rs.getObject("deadline", LocalDate.class), rs.getBigDecimal("baseline"), rs.getBigDecimal("target")))
        .list();
    Map<Long, StageReport.Programme> programmes = new LinkedHashMap<>();
    rows.stream().filter(r -> r.kind().equals("P"))
        .sorted(Comparator.comparingInt(PlanRow::position).thenComparingLong(PlanRow::id))
        .forEach(r -> programmes.put(r.id(), new StageReport.Programme(String.valueOf(programmes.size() + 1),
            r.text(), r.title())));
    Comparator<PlanRow> stored = Comparator.comparingLong(PlanRow::programmeId).thenComparingInt(PlanRow::position);
    List<StageReport.Measure> measures = new ArrayList<>();
    Map<Long, Integer> counters = new LinkedHashMap<>();
    rows.stream().filter(r -> r.kind().equals("M")).sorted(stored).forEach(r -> {
      StageReport.Programme p = programmes.get(r.programmeId());
      int n = counters.merge(r.programmeId(), 1, Integer::sum);
      measures.add(new StageReport.Measure(r.id(), p.ref() + "." + n, p.title(), r.text(), r.deadline(),
          r.responsible()));
    });
    List<StageReport.Indicator> indicators = new ArrayList<>();
    counters.clear();
    rows.stream().filter(r -> r.kind().equals("I")).sorted(stored).forEach(r -> {
      StageReport.Programme p = programmes.get(r.programmeId());
      int n = counters.merge(r.programmeId(), 1, Integer::sum);
      indicators.add(new StageReport.Indicator(r.id(), p.ref() + "." + n, p.title(), r.text(), r.baseline(),
          r.target()));
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
    // the report's rows in a batch a table: one round trip each, not one a row
    batches.batchUpdate("insert into ss_stage_report_measure (report_id, measure_id, status, comment) values (?, ?, ?, ?)",
        measures.stream().map(m -> new Object[] {reportId, m.measureId(), m.progress().name(), m.comment()}).toList());
    batches.batchUpdate("insert into ss_stage_report_indicator (report_id, indicator_id, reported_value) values (?, ?, ?)",
        indicators.stream().map(i -> new Object[] {reportId, i.indicatorId(), i.value()}).toList());
    batches.batchUpdate("insert into ss_stage_report_programme (report_id, factor_code, rag, comment) values (?, ?, ?, ?)",
        programmes.stream().map(p -> new Object[] {reportId, p.factorCode(), p.rag().name(), p.comment()}).toList());
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

  /**
   * The latest version of any report the school has sent this cycle (the last stage reported), read once
   * per transaction: a new stage's form starts from it field by field.
   */
  public Optional<StageReport> latestOfAnyStage(long cycleId, String schoolCode) {
    return latestReports.get(new ReportKey(cycleId, schoolCode, ANY_STAGE),
        () -> reports(cycleId, schoolCode, "", null).stream().findFirst());
  }

  /** The memo's stage for {@link #latestOfAnyStage}: no stage's number. */
  private static final int ANY_STAGE = -1;

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
    List<StageReport.MeasureStatus> measures = new ArrayList<>();
    List<StageReport.IndicatorValue> indicators = new ArrayList<>();
    List<StageReport.ProgrammeStatus> programmes = new ArrayList<>();
    // the report's rows of all three kinds in one query, each kind in the order it was stored
    jdbc.sql("""
            select 'M' as kind, id, measure_id as row_ref, cast(null as varchar(64)) as factor_code, status as state,
                comment, cast(null as numeric(12, 2)) as reported_value
            from ss_stage_report_measure where report_id = ?
            union all
            select 'I', id, indicator_id, null, null, null, reported_value from ss_stage_report_indicator where report_id = ?
            union all
            select 'P', id, null, factor_code, rag, comment, null from ss_stage_report_programme where report_id = ?
            order by kind, id""")
        .params(r.id(), r.id(), r.id())
        .query(rs -> {
          switch (rs.getString("kind")) {
            case "M" -> measures.add(new StageReport.MeasureStatus(rs.getLong("row_ref"), null,
                StageReport.MeasureProgress.valueOf(rs.getString("state")), rs.getString("comment")));
            case "I" -> indicators.add(new StageReport.IndicatorValue(rs.getLong("row_ref"), null,
                rs.getBigDecimal("reported_value")));
            default -> programmes.add(new StageReport.ProgrammeStatus(rs.getString("factor_code"), null,
                StageReport.Rag.valueOf(rs.getString("state")), rs.getString("comment")));
          }
        });
    return List.of(new StageReport(r.id(), r.stage(), r.version(), r.figures(), r.problems(), r.summary(),
        r.submittedBy(), r.submittedAt(), r.late(), r.status(), r.curatorComment(), List.copyOf(measures),
        List.copyOf(indicators), List.copyOf(programmes)));
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
