package ru.schoolsupport.schoolyear;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import ru.schoolsupport.audit.AuditField;
import ru.schoolsupport.audit.SchoolAudit;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Revisions of a school's accepted documents ({@code ss_document_revision}, docs/adr/0044): which school a
 * revision may be opened for (its people's own school, or one of the curator's schools from a list made
 * here and checked again here), only while its year runs and after its documents were accepted, one open
 * revision per school at a time (a unique key on the open school); closed when the curator accepts its version.
 */
@Service
public class DocumentRevisions {

  public static final String OPEN = "OPEN";
  public static final String ACCEPTED = "ACCEPTED";

  /** The documents a revision may change, as the draft's checklist offers them. */
  public static final Map<String, String> DOCUMENTS = Map.of("concept", "концепция развития", "roadmap",
      "дорожная карта", "programmes", "антирисковые программы");

  private final JdbcClient jdbc;
  private final SchoolAudit audit;
  private final WorkCalendar calendar;

  public DocumentRevisions(JdbcClient jdbc, SchoolAudit audit, WorkCalendar calendar) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.calendar = calendar;
  }

  /** A school in a cycle a revision is about. */
  public record Target(long cycleId, String cycleTitle, String schoolCode, String schoolName) {
  }

  /** A revision as stored. */
  public record Revision(long id, long cycleId, String schoolCode, String reason, String openedBy, boolean byCurator,
      Instant openedAt, String status, String processInstanceId, Instant closedAt) {
  }

  /** A school in a running year: its documents' state. */
  private record Year(Target target, String documentsStatus) {
  }

  /**
   * The school of a school's person (director or staff): the one whose group they are in, in its running year
   * (of the cycle registered last, should two cycles run at once); refused (400, in Russian) when there is none, when they belong to several such schools, or when the
   * revision may not be opened (see {@link #check}).
   */
  public Target forSchoolPerson(Collection<String> groupIds) {
    List<String> codes = groupIds == null ? List.of()
        : groupIds.stream().filter(SchoolGroups::isSchoolGroup).map(g -> g.substring(SchoolGroups.PREFIX.length()))
            .toList();
    if (codes.isEmpty()) {
      throw new FormInputException("актуализацию документов открывает директор или сотрудник школы для своей школы "
          + "либо куратор для своей школы");
    }
    List<Year> years = runningYears("s.code in (:codes)", Map.of("codes", codes));
    if (years.isEmpty()) {
      throw new FormInputException("у вашей школы нет идущего года сопровождения: актуализировать нечего");
    }
    if (years.stream().map(y -> y.target().schoolCode()).distinct().count() > 1) {
      throw new FormInputException("вы сотрудник нескольких школ в сопровождении: попросите куратора нужной школы "
          + "открыть актуализацию");
    }
    Year year = years.get(0);
    check(year);
    return year.target();
  }

  /** The curator's schools a revision may be opened for now, as a select's options («value» is «cycleId:code»). */
  public List<Map<String, String>> curatorOptions(String curatorLogin) {
    List<Map<String, String>> options = new ArrayList<>();
    for (Year year : curatorYears(curatorLogin)) {
      Target t = year.target();
      options.add(Map.of("label", t.schoolName() + " (" + t.cycleTitle() + ")", "value", t.cycleId() + ":" + t.schoolCode()));
    }
    return options;
  }

  /** The school the curator chose, checked again against the options this curator has now. */
  public Target forCurator(String curatorLogin, String choice) {
    if (choice == null || choice.isBlank()) {
      throw new FormInputException("«Школа»: выберите школу из списка");
    }
    return curatorYears(curatorLogin).stream().map(Year::target)
        .filter(t -> choice.equals(t.cycleId() + ":" + t.schoolCode())).findFirst()
        .orElseThrow(() -> new FormInputException("«Школа»: выберите школу из списка (вашу школу, документы которой "
            + "приняты и у которой нет открытой актуализации)"));
  }

  private List<Year> curatorYears(String curatorLogin) {
    if (curatorLogin == null) {
      return List.of();
    }
    return runningYears("cs.curator_login = :login", Map.of("login", curatorLogin)).stream()
        .filter(y -> SchoolDocumentService.ACCEPTED.equals(y.documentsStatus()))
        .filter(y -> open(y.target().schoolCode()).isEmpty()).toList();
  }

  /** Years that run: the cycle runs, the school is on its list, its instance started and its outcome is not yet decided. */
  private List<Year> runningYears(String condition, Map<String, ?> params) {
    return jdbc.sql("""
            select cs.cycle_id, c.title, s.code, s.short_name, cs.documents_status
            from ss_cycle_school cs join ss_school s on s.id = cs.school_id join ss_cycle c on c.id = cs.cycle_id
            where c.status = 'RUNNING' and cs.included = true and cs.process_instance_id is not null
              and cs.outcome is null and (cs.year_stage is null or cs.year_stage not in ('OUTCOME', 'FINISHED'))
              and\s""" + condition + " order by c.id desc, s.short_name")
        .params(params)
        .query((rs, n) -> new Year(new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
            rs.getString(5)))
        .list();
  }

  private void check(Year year) {
    if (!SchoolDocumentService.ACCEPTED.equals(year.documentsStatus())) {
      throw new FormInputException("документы школы ещё не приняты куратором (" + SchoolDocumentService.statusTitle(
          year.documentsStatus()).toLowerCase() + "): актуализировать можно только принятые документы");
    }
    open(year.target().schoolCode()).ifPresent(this::refuseSecond);
  }

  private void refuseSecond(Revision open) {
    throw new FormInputException("у школы уже открыта актуализация документов (с "
        + CycleService.RUSSIAN_DATE.format(LocalDate.ofInstant(open.openedAt(), calendar.zone())) + ", причина: «"
        + open.reason() + "»): дождитесь, когда куратор примет её версию");
  }

  /** Opens the revision; refused when the school has one open already (also when two open it at the same moment). */
  public long open(Target target, String reason, String openedBy, boolean byCurator, String processInstanceId) {
    if (reason == null || reason.isBlank()) {
      throw new FormInputException("«Причина актуализации»: укажите, почему документы нужно актуализировать");
    }
    if (reason.strip().length() > 2000) {
      throw new FormInputException("«Причина актуализации»: не больше 2000 символов");
    }
    open(target.schoolCode()).ifPresent(this::refuseSecond);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.sql("""
              insert into ss_document_revision (cycle_id, school_id, reason, opened_by, by_curator, opened_at, status,
              open_school_id, process_instance_id)
              values (?, (select id from ss_school where code = ?), ?, ?, ?, ?, ?, (select id from ss_school where code = ?), ?)""")
          .params(target.cycleId(), target.schoolCode(), reason.strip(), openedBy, byCurator,
              Timestamp.from(calendar.now().toInstant()), OPEN, target.schoolCode(), processInstanceId)
          .update(key, "id");
    } catch (DuplicateKeyException e) {
      throw new FormInputException("у школы уже открыта актуализация документов: дождитесь, когда куратор примет её "
          + "версию");
    }
    audit.record(target.cycleId(), target.schoolCode(), AuditField.DOCUMENTS_REVISION, null, "открыта",
        (byCurator ? "по просьбе куратора: " : "") + reason.strip());
    return key.getKeyAs(Number.class).longValue();
  }

  /** The curator accepted the revision's version: the revision is closed, the school may open another. */
  public void accept(long revisionId) {
    Revision revision = get(revisionId);
    jdbc.sql("update ss_document_revision set status = ?, open_school_id = null, closed_at = ? where id = ?")
        .params(ACCEPTED, Timestamp.from(calendar.now().toInstant()), revisionId).update();
    audit.record(revision.cycleId(), revision.schoolCode(), AuditField.DOCUMENTS_REVISION, "открыта", "принята",
        revision.reason());
  }

  public Revision get(long revisionId) {
    return jdbc.sql(SELECT + " where r.id = ?").param(revisionId).query(DocumentRevisions::revision).single();
  }

  /** The school's open revision, whatever the cycle. */
  public Optional<Revision> open(String schoolCode) {
    return jdbc.sql(SELECT + " where r.open_school_id = (select id from ss_school where code = ?)").param(schoolCode)
        .query(DocumentRevisions::revision).optional();
  }

  /** A school's revisions in a cycle, newest first. */
  public List<Revision> of(long cycleId, String schoolCode) {
    return jdbc.sql(SELECT + " where r.cycle_id = ? and r.school_id = (select id from ss_school where code = ?) order by r.id desc")
        .params(cycleId, schoolCode).query(DocumentRevisions::revision).list();
  }

  /** The instances of the open revisions of these schools. */
  public List<String> openInstances(Set<String> schoolCodes) {
    if (schoolCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select r.process_instance_id from ss_document_revision r join ss_school s on s.id = r.open_school_id
            where s.code in (:codes) and r.process_instance_id is not null""")
        .param("codes", schoolCodes).query(String.class).list();
  }

  /** The documents a draft says it changes, in words («концепция развития, дорожная карта»). */
  public static String documentsInWords(Collection<String> codes) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String code : List.of("concept", "roadmap", "programmes")) {
      if (codes.contains(code)) {
        ordered.put(code, DOCUMENTS.get(code));
      }
    }
    return String.join(", ", ordered.values());
  }

  private static final String SELECT = """
      select r.id, r.cycle_id, s.code, r.reason, r.opened_by, r.by_curator, r.opened_at, r.status, r.process_instance_id,
             r.closed_at
      from ss_document_revision r join ss_school s on s.id = r.school_id""";

  private static Revision revision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp closed = rs.getTimestamp(10);
    return new Revision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
        closed == null ? null : closed.toInstant());
  }
}
