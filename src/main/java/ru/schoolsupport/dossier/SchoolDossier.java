package ru.schoolsupport.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.cycle.CycleRepository;
import ru.schoolsupport.cycle.DeadlineKind;
import ru.schoolsupport.cycle.SchoolDeadlines;
import ru.schoolsupport.cycle.SchoolStatus;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchool;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.ListFormationService;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.DocumentReview;
import ru.schoolsupport.schoolyear.DocumentRevisions;
import ru.schoolsupport.schoolyear.RiskProfileRepository;
import ru.schoolsupport.schoolyear.RiskFactorSettings;
import ru.schoolsupport.schoolyear.SchoolDocumentService;
import ru.schoolsupport.schoolyear.SchoolOutcome;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.YearStage;

/**
 * One school in one cycle, on one page (the «досье»): its place on the list, mentor school and curator,
 * where its year stands and what is due next, its risk profile, every version of its documents with the
 * curator's reviews, the joint plan's versions, the stage and final reports, the visits and contacts, the
 * outcome, and every change of its data with who made it and when. Read-only, a few queries a table; the
 * open tasks are read without the reader's task authorizations (the dossier's own rule decided who reads).
 */
@Service
public class SchoolDossier {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final CycleRepository cycles;
  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;
  private final SchoolDeadlines deadlines;
  private final RiskProfileRepository riskProfiles;
  private final SchoolAudit audit;
  private final SchoolNotes notes;
  private final Watchlist watchlist;
  private final WorkCalendar calendar;
  private final JdbcClient jdbc;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final DocumentRevisions revisions;

  public SchoolDossier(CycleRepository cycles, CycleSchoolRepository cycleSchools, DirectoryRepository directory,
      SchoolDeadlines deadlines, RiskProfileRepository riskProfiles, SchoolAudit audit, SchoolNotes notes,
      Watchlist watchlist, WorkCalendar calendar, JdbcClient jdbc, @Lazy TaskService tasks,
      @Lazy IdentityService identity, @Lazy RuntimeService runtime, DocumentRevisions revisions) {
    this.revisions = revisions;
    this.runtime = runtime;
    this.cycles = cycles;
    this.cycleSchools = cycleSchools;
    this.directory = directory;
    this.deadlines = deadlines;
    this.riskProfiles = riskProfiles;
    this.audit = audit;
    this.notes = notes;
    this.watchlist = watchlist;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The cycle, if there is one with that id. */
  public Optional<Cycle> cycle(long cycleId) {
    return cycles.findAll().stream().filter(c -> c.id() == cycleId).findFirst();
  }

  /** The school's row on the cycle's list, if it is (or was proposed) on it. */
  public Optional<CycleSchool> school(long cycleId, String schoolCode) {
    return cycleSchools.find(cycleId, schoolCode);
  }

  /**
   * The school a task is about, if the logged-in user may see the task: the task is looked up with the
   * user's authorizations, its cycle and school read as the system (they are process variables the user
   * may not be granted to read).
   */
  public Optional<CycleSchool> ofTask(String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return Optional.empty();
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getExecutionId() == null) {
      return Optional.empty();
    }
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Object cycleId = runtime.getVariable(task.getExecutionId(), CommonVariables.CYCLE_ID);
      Object schoolCode = runtime.getVariable(task.getExecutionId(), CommonVariables.SCHOOL_CODE);
      if (!(cycleId instanceof Number id) || !(schoolCode instanceof String code)) {
        return Optional.empty();
      }
      return cycleSchools.find(id.longValue(), code);
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  /** Everything the dossier page shows, in Russian; {@code viewer} is the logged-in login. */
  public Map<String, Object> view(Cycle cycle, CycleSchool school, String viewer, boolean mayRecordNotes,
      boolean mayWatch) {
    long cycleId = cycle.id();
    String code = school.schoolCode();
    Map<String, Person> people = directory.peopleByLogin();
    Map<String, School> schools = directory.schoolsByCode();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("cycle", row("id", cycleId, "title", cycle.title(), "status", cycle.status().name()));
    School own = schools.get(code);
    view.put("school", row("code", code, "name", school.schoolName(), "fullName", own == null ? null : own.fullName(),
        "district", school.district(), "category", school.category().name(), "categoryTitle", school.category().title(),
        "project", school.project().name(), "projectTitle", school.project().title(), "included", school.included(),
        "reason", school.reason()));
    view.put("mentor", school.mentorSchoolCode() == null ? null : row("code", school.mentorSchoolCode(), "name",
        nameOf(schools, school.mentorSchoolCode())));
    view.put("curator", school.curatorLogin() == null ? null : row("login", school.curatorLogin(), "name",
        personName(people, school.curatorLogin()), "email",
        people.containsKey(school.curatorLogin()) ? people.get(school.curatorLogin()).email() : null));
    view.put("stage", school.yearStage());
    view.put("stageTitle", YearStage.titleOf(school.yearStage(), "Год ещё не начат"));
    view.put("documentsStatusTitle", SchoolDocumentService.statusTitle(school.documentsStatus()));
    view.put("outcomeTitle", outcomeTitle(school.outcome()));
    view.put("status", status(cycleId, code, people));
    view.put("next", nextTasks(school, people));
    view.put("deadlines", deadlines(cycleId, code));
    view.put("risks", risks(cycleId, code));
    view.put("documents", documents(cycleId, code, people));
    view.put("revisions", revisions.of(cycleId, code).stream().map(r -> row("openedAt", stamp(r.openedAt()),
        "openedBy", personName(people, r.openedBy()), "byCurator", r.byCurator(), "reason", r.reason(),
        "statusTitle", DocumentRevisions.OPEN.equals(r.status()) ? "открыта, идёт работа"
            : "новая версия принята " + (r.closedAt() == null ? "" : stamp(r.closedAt())))).toList());
    view.put("jointPlans", jointPlans(cycleId, code, people, schools));
    view.put("reports", reports(cycleId, code, people));
    view.put("outcome", outcome(cycleId, code, people));
    view.put("notes", notes.of(cycleId, code).stream().map(n -> row("id", n.id(), "date", DATE.format(n.date()),
        "kind", n.kind().name(), "kindTitle", n.kind().title(), "peopleMet", n.peopleMet(), "keyProblems",
        n.keyProblems(), "agreedActions", n.agreedActions(), "nextReview",
        n.nextReview() == null ? null : DATE.format(n.nextReview()), "author", personName(people, n.author()),
        "createdAt", stamp(n.createdAt()))).toList());
    view.put("noteKinds", java.util.Arrays.stream(SchoolNotes.Kind.values())
        .map(k -> row("code", k.name(), "title", k.title())).toList());
    view.put("audit", audit.of(cycleId, code).stream().map(e -> auditRow(e, people, schools)).toList());
    view.put("mayRecordNotes", mayRecordNotes);
    view.put("mayWatch", mayWatch);
    view.put("watching", viewer != null && watchlist.watches(viewer, code));
    view.put("generatedAt", stamp(calendar.now().toInstant()));
    return view;
  }

  /**
   * The school's status (in progress, paused until a date, stopped) with its reason, who set it and when, as
   * {@code schoolstatus} keeps it in {@code ss_school_status}: read here from the table, as this package may not
   * depend on that one (it moves deadlines, whose news reach the watchers through this package).
   */
  private Map<String, Object> status(long cycleId, String code, Map<String, Person> people) {
    return jdbc.sql("""
            select status, reason, paused_on, paused_until, changed_by, changed_at from ss_school_status
            where cycle_id = ? and school_code = ?""")
        .params(cycleId, code)
        .query((rs, n) -> {
          SchoolStatus status = SchoolStatus.parse(rs.getString(1));
          LocalDate since = rs.getObject(3, LocalDate.class);
          LocalDate until = rs.getObject(4, LocalDate.class);
          String reason = status == SchoolStatus.ACTIVE ? null : rs.getString(2);
          return row("code", status.name(), "title", SchoolStatus.describe(status, until, reason), "reason", reason,
              "pausedOn", since == null ? null : DATE.format(since), "until", until == null ? null : DATE.format(until),
              "untilIso", until == null ? null : until.toString(),
              "changedBy", rs.getString(5) == null ? "система" : personName(people, rs.getString(5)),
              "changedAt", stamp(rs.getTimestamp(6).toInstant()));
        })
        .optional()
        .orElse(row("code", SchoolStatus.ACTIVE.name(), "title", SchoolStatus.ACTIVE.title()));
  }

  private List<Map<String, Object>> nextTasks(CycleSchool school, Map<String, Person> people) {
    if (school.processInstanceId() == null) {
      return List.of();
    }
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      List<Map<String, Object>> next = new ArrayList<>();
      Instant now = calendar.now().toInstant();
      List<String> instances = new ArrayList<>(List.of(school.processInstanceId()));
      revisions.open(school.schoolCode()).filter(r -> r.cycleId() == school.cycleId() && r.processInstanceId() != null)
          .ifPresent(r -> instances.add(r.processInstanceId()));
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).orderByDueDate()
          .asc().list()) {
        List<String> who = new ArrayList<>();
        if (task.getAssignee() != null) {
          who.add(personName(people, task.getAssignee()));
        } else {
          for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if ("candidate".equals(link.getType())) {
              who.add(link.getUserId() != null ? personName(people, link.getUserId()) : groupName(link.getGroupId()));
            }
          }
        }
        next.add(row("name", task.getName(), "due", task.getDueDate() == null ? null : stamp(task.getDueDate().toInstant()),
            "overdue", task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now), "who",
            String.join(", ", who), "suspended", task.isSuspended()));
      }
      return next;
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  private String groupName(String groupId) {
    var group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private List<Map<String, Object>> deadlines(long cycleId, String code) {
    CycleDeadlines own = deadlines.of(cycleId, code);
    Map<DeadlineKind, LocalDate> moved = deadlines.overrides(cycleId, code);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeadlineKind kind : List.of(DeadlineKind.DOCUMENTS, DeadlineKind.STAGE1, DeadlineKind.STAGE2, DeadlineKind.FINAL)) {
      String title = kind.title();
      rows.add(row("kind", kind.name(), "title", Character.toUpperCase(title.charAt(0)) + title.substring(1), "date",
          DATE.format(kind.of(own)), "own", moved.containsKey(kind)));
    }
    return rows;
  }

  private List<Map<String, Object>> risks(long cycleId, String code) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (RiskFactorSettings.Factor f : riskProfiles.factors(cycleId)) {
      titles.put(f.code(), f.title());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RiskProfileRepository.Rating r : riskProfiles.ratings(cycleId, code)) {
      rows.add(row("code", r.factorCode(), "title", titles.getOrDefault(r.factorCode(), r.factorCode()), "rating",
          r.rating().name(), "ratingTitle", r.rating().title(), "priority", r.priority(), "comment", r.comment()));
    }
    rows.sort((a, b) -> Boolean.compare((Boolean) b.get("priority"), (Boolean) a.get("priority")));
    return rows;
  }

  private List<Map<String, Object>> documents(long cycleId, String code, Map<String, Person> people) {
    Map<String, String> titles = new HashMap<>();
    riskProfiles.factors(cycleId).forEach(f -> titles.put(f.code(), f.title()));
    List<Map<String, Object>> versions = jdbc.sql("""
            select v.id, v.version, v.concept_link, v.concept_summary, v.roadmap_link, v.submitted_by, v.submitted_at,
                   v.accepted_at, r.reason, v.revised_documents, v.revision_note
            from ss_document_version v left join ss_document_revision r on r.id = v.revision_id
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?)
            order by v.version desc""")
        .params(cycleId, code)
        .query((rs, n) -> row("id", rs.getLong(1), "version", rs.getInt(2), "conceptLink", rs.getString(3),
            "conceptSummary", rs.getString(4), "roadmapLink", rs.getString(5), "submittedBy",
            personName(people, rs.getString(6)), "submittedAt", stamp(rs.getTimestamp(7).toInstant()),
            "accepted", rs.getTimestamp(8) != null, "current", false, "revisionReason", rs.getString(9),
            "revisedDocuments", rs.getString(10) == null ? null
                : DocumentRevisions.documentsInWords(List.of(rs.getString(10).split(","))),
            "revisionNote", rs.getString(11)))
        .list();
    if (versions.isEmpty()) {
      return versions;
    }
    // the current documents: the newest accepted version (a revision under review does not replace them)
    versions.stream().filter(v -> (Boolean) v.get("accepted")).findFirst().ifPresent(v -> v.put("current", true));
    Map<Long, List<Map<String, Object>>> programmes = new HashMap<>();
    jdbc.sql("""
            select p.version_id, p.factor_code, p.goal, p.tasks, p.link,
                   (select count(*) from ss_programme_measure m where m.programme_id = p.id) as measures,
                   (select count(*) from ss_programme_indicator i where i.programme_id = p.id) as indicators
            from ss_programme p join ss_document_version v on v.id = p.version_id
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?) order by p.id""")
        .params(cycleId, code)
        .query(rs -> {
          programmes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row("title",
              titles.getOrDefault(rs.getString(2), rs.getString(2)), "goal", rs.getString(3), "tasks", rs.getString(4),
              "link", rs.getString(5), "measures", rs.getInt(6), "indicators", rs.getInt(7)));
        });
    Map<Integer, List<Map<String, Object>>> reviews = new HashMap<>();
    for (DocumentReview r : reviewsOf(cycleId, code)) {
      reviews.computeIfAbsent(r.version(), k -> new ArrayList<>()).add(row("round", r.round(), "reviewer",
          personName(people, r.reviewer()), "accepted", r.accepted(), "decisionTitle",
          r.accepted() ? "Приняты" : "Возвращены на доработку", "conceptComment", r.conceptComment(), "roadmapComment",
          r.roadmapComment(), "programmesComment", r.programmesComment(), "reviewedAt", stamp(r.reviewedAt())));
    }
    for (Map<String, Object> v : versions) {
      v.put("programmes", programmes.getOrDefault((Long) v.get("id"), List.of()));
      v.put("reviews", reviews.getOrDefault((Integer) v.get("version"), List.of()));
    }
    return versions;
  }

  private List<DocumentReview> reviewsOf(long cycleId, String code) {
    return jdbc.sql("""
            select v.version, r.round, r.reviewer, r.decision, r.concept_comment, r.roadmap_comment, r.programmes_comment,
                   r.reviewed_at
            from ss_document_review r join ss_document_version v on v.id = r.version_id
            where v.cycle_id = ? and v.school_id = (select id from ss_school where code = ?) order by r.round""")
        .params(cycleId, code)
        .query((rs, n) -> new DocumentReview(rs.getInt(1), rs.getInt(2), rs.getString(3),
            "ACCEPTED".equals(rs.getString(4)) || "APPROVED".equals(rs.getString(4)), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getTimestamp(8).toInstant()))
        .list();
  }

  private List<Map<String, Object>> jointPlans(long cycleId, String code, Map<String, Person> people,
      Map<String, School> schools) {
    List<Map<String, Object>> plans = jdbc.sql("""
            select p.id, p.version, p.status, p.proposed_by, p.proposed_at, p.agreed_by, p.agreed_at, p.comment, m.code
            from ss_joint_plan p join ss_school m on m.id = p.mentor_school_id
            where p.cycle_id = ? and p.school_id = (select id from ss_school where code = ?) order by p.version desc""")
        .params(cycleId, code)
        .query((rs, n) -> row("id", rs.getLong(1), "version", rs.getInt(2), "statusTitle", switch (rs.getString(3)) {
              case "AGREED" -> "Согласован";
              case "RETURNED" -> "Возвращён школе-наставнику";
              default -> "Предложен школой-наставником";
            }, "proposedBy", personName(people, rs.getString(4)), "proposedAt", stamp(rs.getTimestamp(5).toInstant()),
            "answeredBy", personName(people, rs.getString(6)),
            "answeredAt", rs.getTimestamp(7) == null ? null : stamp(rs.getTimestamp(7).toInstant()),
            "comment", rs.getString(8), "mentor", nameOf(schools, rs.getString(9))))
        .list();
    if (plans.isEmpty()) {
      return plans;
    }
    Map<Long, List<Map<String, Object>>> events = new HashMap<>();
    jdbc.sql("""
            select e.plan_id, e.what, e.event_date, e.who from ss_joint_plan_event e join ss_joint_plan p on p.id = e.plan_id
            where p.cycle_id = ? and p.school_id = (select id from ss_school where code = ?) order by e.plan_id, e.position""")
        .params(cycleId, code)
        .query(rs -> {
          events.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row("what", rs.getString(2), "date",
              DATE.format(rs.getObject(3, LocalDate.class)), "who", rs.getString(4)));
        });
    plans.forEach(p -> p.put("events", events.getOrDefault((Long) p.get("id"), List.of())));
    return plans;
  }

  private List<Map<String, Object>> reports(long cycleId, String code, Map<String, Person> people) {
    Map<Long, String> worst = new HashMap<>();
    List<String> order = List.of("GREEN", "AMBER", "RED");
    jdbc.sql("""
            select p.report_id, p.rag from ss_stage_report_programme p join ss_stage_report r on r.id = p.report_id
            where r.cycle_id = ? and r.school_id = (select id from ss_school where code = ?)""")
        .params(cycleId, code)
        .query(rs -> {
          worst.merge(rs.getLong(1), rs.getString(2), (a, b) -> order.indexOf(a) >= order.indexOf(b) ? a : b);
        });
    List<Map<String, Object>> reports = jdbc.sql("""
            select id, stage, version, roadmap_done_share, consultations, seminars, visits, round_tables, other_events,
                   problems, summary, submitted_by, submitted_at, late, status, reviewed_by, curator_comment
            from ss_stage_report where cycle_id = ? and school_id = (select id from ss_school where code = ?)
            order by case when stage = 0 then 99 else stage end, version desc""")
        .params(cycleId, code)
        .query((rs, n) -> {
          int stage = rs.getInt(2);
          BigDecimal share = rs.getBigDecimal(4);
          String rag = worst.get(rs.getLong(1));
          return row("stage", stage, "title", stageTitle(stage), "version", rs.getInt(3), "roadmapDoneShare", share,
              "events", "консультаций " + rs.getInt(5) + ", семинаров " + rs.getInt(6) + ", посещений " + rs.getInt(7)
                  + ", круглых столов " + rs.getInt(8) + ", других " + rs.getInt(9),
              "problems", rs.getString(10), "summary", rs.getString(11), "submittedBy", personName(people, rs.getString(12)),
              "submittedAt", stamp(rs.getTimestamp(13).toInstant()), "late", rs.getBoolean(14),
              "statusTitle", switch (rs.getString(15)) {
                case "CONFIRMED" -> "Подтверждён куратором";
                case "RETURNED" -> "Возвращён на доработку";
                default -> "На проверке куратора";
              }, "reviewedBy", personName(people, rs.getString(16)), "curatorComment", rs.getString(17), "rag", rag,
              "ragTitle", rag == null ? "нет оценки" : StageReport.Rag.valueOf(rag).title());
        })
        .list();
    List<Map<String, Object>> all = new ArrayList<>(reports);
    Set<Integer> reported = new java.util.HashSet<>();
    reports.forEach(r -> reported.add((Integer) r.get("stage")));
    jdbc.sql("""
            select stage from ss_stage_report_overdue where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(cycleId, code).query(Integer.class).list().stream().filter(stage -> !reported.contains(stage))
        .forEach(stage -> all.add(row("stage", stage, "title", stageTitle(stage), "missing", true, "statusTitle",
            "Не сдан в срок")));
    return all;
  }

  private Map<String, Object> outcome(long cycleId, String code, Map<String, Person> people) {
    return jdbc.sql("""
            select recommended, recommended_by, recommendation_comment, recommended_at, decided, decided_by,
                   decision_comment, decided_at
            from ss_school_outcome where cycle_id = ? and school_id = (select id from ss_school where code = ?)""")
        .params(cycleId, code)
        .query((rs, n) -> row("recommendedTitle", outcomeTitle(rs.getString(1)), "recommendedBy",
            personName(people, rs.getString(2)), "recommendationComment", rs.getString(3), "recommendedAt",
            stamp(rs.getTimestamp(4).toInstant()), "decidedTitle", outcomeTitle(rs.getString(5)), "decidedBy",
            personName(people, rs.getString(6)), "decisionComment", rs.getString(7), "decidedAt",
            rs.getTimestamp(8) == null ? null : stamp(rs.getTimestamp(8).toInstant())))
        .optional().orElse(null);
  }

  private Map<String, Object> auditRow(SchoolAudit.Entry e, Map<String, Person> people, Map<String, School> schools) {
    AuditField field = e.auditField();
    return row("at", stamp(e.changedAt()), "who", e.changedBy() == null ? "система" : personName(people, e.changedBy()),
        "field", e.field(), "fieldTitle", field == null ? e.field() : field.title(),
        "oldValue", valueTitle(field, e.oldValue(), people, schools),
        "newValue", valueTitle(field, e.newValue(), people, schools), "comment", e.comment());
  }

  /** A stored value as the dossier shows it: a code as its title, a login as a name, a date as dd.MM.yyyy. */
  public static String valueTitle(AuditField field, String value, Map<String, Person> people, Map<String, School> schools) {
    if (value == null || field == null) {
      return value;
    }
    return switch (field) {
      case LIST_ENTRY -> ListFormationService.INCLUDED.equals(value) ? "в перечне"
          : ListFormationService.EXCLUDED.equals(value) ? "исключена из перечня" : value;
      case MENTOR_SCHOOL -> nameOf(schools, value);
      case CURATOR -> personName(people, value);
      case YEAR_STAGE -> YearStage.titleOf(value, value);
      case DOCUMENTS_STATUS -> SchoolDocumentService.statusTitle(value);
      case OUTCOME, OUTCOME_RECOMMENDED -> outcomeTitle(value);
      case STATUS -> SchoolStatus.describeStored(value);
      case DEADLINE_DOCUMENTS, DEADLINE_STAGE1, DEADLINE_STAGE2, DEADLINE_FINAL -> isoDate(value);
      default -> value;
    };
  }

  private static String isoDate(String value) {
    try {
      return DATE.format(LocalDate.parse(value));
    } catch (RuntimeException e) {
      return value;
    }
  }

  static String stageTitle(int stage) {
    return switch (stage) {
      case 1 -> "Отчёт за I этап";
      case 2 -> "Отчёт за II этап";
      default -> "Итоговый отчёт";
    };
  }

  static String outcomeTitle(String outcome) {
    return SchoolOutcome.titleOf(outcome);
  }

  private static String nameOf(Map<String, School> schools, String code) {
    School school = schools.get(code);
    return school == null ? code : school.shortName();
  }

  static String personName(Map<String, Person> people, String login) {
    if (login == null) {
      return null;
    }
    Person person = people.get(login);
    return person == null ? login : person.shortName();
  }

  private String stamp(Instant instant) {
    return STAMP.format(instant.atZone(calendar.zone()));
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
