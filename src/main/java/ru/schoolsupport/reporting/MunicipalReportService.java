package ru.schoolsupport.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.mail.MailMessage;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailTemplates;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * A cycle's municipal report of a stage: generated from the schools' reports (XLSX with a chart, DOCX
 * with the narrative), its narrative edited by the coordinator, approved or returned by the head
 * (each decision a round), and, once approved, sent by e-mail with both files to the regional
 * institute and kept with the cycle.
 */
@Service
public class MunicipalReportService {

  public static final String MAIL_TEMPLATE = "municipal-report";

  private final MunicipalReportRepository reports;
  private final MunicipalReportSource source;
  private final MunicipalReportNarrative narrative;
  private final MunicipalReportWorkbook workbook;
  private final MunicipalReportDocument document;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final WorkCalendar calendar;

  public MunicipalReportService(MunicipalReportRepository reports, MunicipalReportSource source,
      MunicipalReportNarrative narrative, MunicipalReportWorkbook workbook, MunicipalReportDocument document,
      DirectoryRepository directory, MunicipalityProperties municipality, MailOutbox outbox, MailTemplates templates,
      WorkCalendar calendar) {
    this.reports = reports;
    this.source = source;
    this.narrative = narrative;
    this.workbook = workbook;
    this.document = document;
    this.directory = directory;
    this.municipality = municipality;
    this.outbox = outbox;
    this.templates = templates;
    this.calendar = calendar;
  }

  /**
   * Generates the stage's report from the data as it is now: its first narrative, the workbook and the
   * document; a report made before (and not yet sent) is generated afresh. Returns the report's id.
   */
  public MunicipalReport generate(long cycleId, int stage, String processInstanceId) {
    Optional<MunicipalReport> existing = reports.find(cycleId, stage);
    if (existing.isPresent() && existing.get().status() == MunicipalReportStatus.SENT) {
      throw new IllegalStateException("The municipal report of stage " + stage + " of cycle " + cycleId
          + " was sent already (" + existing.get().sentAt() + ")");
    }
    Instant now = calendar.now().toInstant();
    long id = reports.createOrFind(cycleId, stage, processInstanceId, now);
    MunicipalReportData data = source.read(cycleId, stage, calendar.today());
    MunicipalReport.Narrative text = withParts(narrative.draft(data, sendBy(cycleId, stage)), cycleId, stage);
    reports.saveNarrative(id, text, now);
    render(id, data, text, null, now);
    return reports.get(id);
  }

  /**
   * The coordinator's edited narrative: checked, kept, both files generated again with it (and the
   * data as it is now), and the report submitted to the head as a new round.
   */
  public void submit(long reportId, String intro, String problems, String decisions, String coordinatorLogin) {
    List<String> errors = new ArrayList<>();
    check(intro, "Общие сведения", errors);
    check(problems, "Ключевые проблемы", errors);
    check(decisions, "Предлагаемые решения", errors);
    if (!errors.isEmpty()) {
      throw new FormInputException(errors);
    }
    MunicipalReport report = reports.get(reportId);
    requireStatus(report, MunicipalReportStatus.DRAFT, MunicipalReportStatus.RETURNED);
    Instant now = calendar.now().toInstant();
    MunicipalReport.Narrative text = new MunicipalReport.Narrative(intro.strip(), problems.strip(), decisions.strip());
    reports.saveNarrative(reportId, text, now);
    render(reportId, source.read(report.cycleId(), report.stage(), calendar.today()), text, coordinatorLogin, now);
    reports.submit(reportId, coordinatorLogin, now);
  }

  /** The head approves the submitted report or returns it with a comment; true when approved. */
  public boolean decide(long reportId, String decision, String comment, String headLogin) {
    boolean approved = ApprovalDecision.approves(decision, comment, "в отчёте");
    if (comment != null && comment.length() > MunicipalReportProcess.MAX_TEXT) {
      throw new FormInputException("комментарий длиннее " + MunicipalReportProcess.MAX_TEXT + " знаков");
    }
    MunicipalReport report = reports.get(reportId);
    requireStatus(report, MunicipalReportStatus.SUBMITTED);
    reports.decide(reportId, report.round(), approved, comment == null || comment.isBlank() ? null : comment.strip(),
        headLogin, calendar.now().toInstant());
    return approved;
  }

  /**
   * Queues one message with both files to the regional institute (once: the outbox key is the
   * cycle and the stage) and marks the report sent; it stays downloadable with the cycle.
   */
  public void send(long reportId) {
    MunicipalReport report = reports.get(reportId);
    requireStatus(report, MunicipalReportStatus.APPROVED, MunicipalReportStatus.SENT);
    String to = municipality.regionalInstituteEmail();
    if (to == null || to.isBlank()) {
      throw new IllegalStateException("The regional institute's address is not configured: set "
          + "schoolsupport.municipality.regional-institute-email (SCHOOLSUPPORT_REGIONAL_INSTITUTE_EMAIL with the postgres profile)");
    }
    MunicipalReport.File xlsx = reports.workbook(report.cycleId(), report.stage()).orElseThrow();
    MunicipalReport.File docx = reports.document(report.cycleId(), report.stage()).orElseThrow();
    MunicipalReportData data = source.read(report.cycleId(), report.stage(), calendar.today());
    Map<String, Person> people = directory.peopleByLogin();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("municipality", municipality.name());
    model.put("title", data.title());
    model.put("what", report.stage() == 0 ? "итоговый отчёт" : "отчёт о выполнении "
        + (report.stage() == 1 ? "I" : "II") + " этапа");
    model.put("periodLabel", data.periodLabel());
    model.put("asOf", MunicipalReportNarrative.DATE.format(data.stageDeadline()));
    model.put("schools", data.schools().size());
    model.put("reported", data.reportedCount());
    model.put("averageShare", MunicipalReportData.percent(data.averageShare()));
    model.put("eventsHeld", data.eventsHeld());
    model.put("events", MunicipalReportNarrative.events(data));
    model.put("approvedBy", describe(people.get(report.approvedBy()), report.approvedBy()));
    model.put("approvedOn", report.approvedAt() == null ? "" : MunicipalReportNarrative.DATE.format(
        calendar.toDate(java.util.Date.from(report.approvedAt()))));
    model.put("contact", contact(people.get(report.preparedBy()), report.preparedBy()));
    model.put("files", List.of(xlsx.fileName(), docx.fileName()));
    MailMessage message = templates.render(MAIL_TEMPLATE, to.strip(), model, List.of(
        new MailMessage.Attachment(xlsx.fileName(), xlsx.contentType(), xlsx.content()),
        new MailMessage.Attachment(docx.fileName(), docx.contentType(), docx.content())));
    outbox.enqueue(mailKey(report.cycleId(), report.stage()), message);
    if (report.status() != MunicipalReportStatus.SENT) {
      reports.markSent(reportId, to.strip(), calendar.now().toInstant());
    }
  }

  /** The outbox key of a report's message: the same report is never mailed twice. */
  public static String mailKey(long cycleId, int stage) {
    return "municipal-report:" + cycleId + ":" + stage;
  }

  public MunicipalReport get(long reportId) {
    return reports.get(reportId);
  }

  public Optional<MunicipalReport> find(long cycleId, int stage) {
    return reports.find(cycleId, stage);
  }

  public List<MunicipalReport> ofCycle(long cycleId) {
    return reports.findByCycle(cycleId);
  }

  public List<MunicipalReportRepository.Round> rounds(long reportId) {
    return reports.rounds(reportId);
  }

  public Optional<MunicipalReport.File> workbook(long cycleId, int stage) {
    return reports.workbook(cycleId, stage);
  }

  public Optional<MunicipalReport.File> document(long cycleId, int stage) {
    return reports.document(cycleId, stage);
  }

  /** The report's data as it is now (for the forms' summary). */
  public MunicipalReportData data(MunicipalReport report) {
    return source.read(report.cycleId(), report.stage(), calendar.today());
  }

  /** The date the report is to reach the regional institute by: the stage's deadline, but at least a week from now. */
  public LocalDate sendBy(long cycleId, int stage) {
    return calendar.toDate(calendar.dueWithAtLeastAWeek(source.deadline(cycleId, stage)));
  }

  private void render(long id, MunicipalReportData data, MunicipalReport.Narrative text, String coordinatorLogin,
      Instant now) {
    reports.saveWorkbook(id, MunicipalReportWorkbook.fileName(data), workbook.render(data), now);
    Person coordinator = coordinatorLogin == null ? null : directory.findPerson(coordinatorLogin).orElse(null);
    reports.saveDocument(id, MunicipalReportDocument.fileName(data),
        document.render(data, text, coordinator == null ? null : coordinator.shortName()), now);
  }

  private static void check(String text, String label, List<String> errors) {
    if (text == null || text.isBlank()) {
      errors.add("заполните раздел «" + label + "»");
    } else if (text.strip().length() > MunicipalReportProcess.MAX_TEXT) {
      errors.add("раздел «" + label + "» длиннее " + MunicipalReportProcess.MAX_TEXT + " знаков ("
          + text.strip().length() + "): сократите его, подробности есть в таблице XLSX");
    }
  }

  private static void requireStatus(MunicipalReport report, MunicipalReportStatus... allowed) {
    for (MunicipalReportStatus status : allowed) {
      if (report.status() == status) {
        return;
      }
    }
    throw new IllegalStateException("Municipal report " + report.id() + " is " + report.status());
  }

  private static String describe(Person person, String login) {
    if (person == null) {
      return login == null ? "начальник управления образования" : login;
    }
    return (person.position() == null ? person.role().title() : person.position()) + " " + person.shortName();
  }

  private static String contact(Person person, String login) {
    if (person == null) {
      return login == null ? "муниципальный координатор" : login;
    }
    return person.fullName() + ", " + (person.position() == null ? person.role().title() : person.position())
        + (person.email() == null || person.email().isBlank() ? "" : ", " + person.email());
  }

  private java.util.List<MunicipalReportPart> parts = java.util.List.of();

  /** What other features add to the introduction (the municipal roadmap and its events register). */
  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setParts(java.util.List<MunicipalReportPart> parts) {
    this.parts = java.util.List.copyOf(parts);
  }

  private MunicipalReport.Narrative withParts(MunicipalReport.Narrative text, long cycleId, int stage) {
    StringBuilder intro = new StringBuilder(text.intro());
    for (MunicipalReportPart part : parts) {
      String paragraph = part.paragraph(cycleId, stage);
      if (paragraph != null && !paragraph.isBlank()) {
        intro.append("\n\n").append(paragraph.strip());
      }
    }
    return new MunicipalReport.Narrative(MunicipalReportNarrative.fit(intro.toString()), text.problems(),
        text.decisions());
  }
}
