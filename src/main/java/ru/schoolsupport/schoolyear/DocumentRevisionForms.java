package ru.schoolsupport.schoolyear;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.process.JsonValues;
import ru.schoolsupport.process.LongText;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the revision's forms show: the curator's schools to choose from, why the documents are revised and
 * which version is current, the school's last words on what changed; the documents themselves come from
 * {@link DocumentForms}, as in the year's documents step. Referenced from the model as {@code ${documentRevisionForms.…}}.
 */
@Component("documentRevisionForms")
public class DocumentRevisionForms {

  /** How long the school has to draft the revised documents. */
  static final Duration DRAFT_PERIOD = Duration.ofDays(14);

  private final DocumentRevisions revisions;
  private final SchoolDocumentService documents;
  private final DocumentForms documentForms;
  private final WorkCalendar calendar;
  private final JdbcClient jdbc;

  public DocumentRevisionForms(DocumentRevisions revisions, SchoolDocumentService documents,
      DocumentForms documentForms, WorkCalendar calendar, JdbcClient jdbc) {
    this.revisions = revisions;
    this.documents = documents;
    this.documentForms = documentForms;
    this.calendar = calendar;
    this.jdbc = jdbc;
  }

  /** The curator's schools a revision may be opened for now. */
  public SpinJsonNode schoolOptions(String curatorLogin) {
    return JsonValues.json(revisions.curatorOptions(curatorLogin));
  }

  public Date draftDue() {
    return calendar.dueIn(DRAFT_PERIOD);
  }

  public Date chooseDue() {
    return calendar.dueIn(Duration.ofDays(7));
  }

  /** Why the documents are revised, who asked, and the current version (Markdown). */
  public String intro(Long revisionId, Long cycleId, String schoolCode) {
    DocumentRevisions.Revision r = revisions.get(revisionId);
    StringBuilder text = new StringBuilder("### Актуализация принятых документов\n\n");
    text.append("Открыта ").append(CycleService.RUSSIAN_DATE.format(LocalDate.ofInstant(r.openedAt(), calendar.zone())))
        .append(r.byCurator() ? " по просьбе куратора" : " школой").append(".\n\n**Причина:** ")
        .append(Markdown.text(r.reason())).append("\n\n");
    documents.acceptedVersion(cycleId, schoolCode).ifPresent(v -> text.append("Действует принятая версия ").append(v)
        .append(": она остаётся в силе, пока куратор не примет новую. Каждая отправка сохраняется как новая версия."));
    return text.toString();
  }

  /** The documents the school's last version of this revision said it changed (none yet: an empty list). */
  public SpinJsonNode revisedDocuments(Long revisionId) {
    return JsonValues.json(last(revisionId).map(l -> List.of(l[0].split(","))).orElse(List.of()));
  }

  /** What the school's last version of this revision said changed and why (none yet: empty). */
  public String revisionNote(Long revisionId) {
    return last(revisionId).map(l -> l[1]).orElse("");
  }

  /** The revision's latest version as the curator reads it: why, what changed, then the documents (Markdown). */
  public SpinJsonNode summary(Long revisionId, Long cycleId, String schoolCode) {
    StringBuilder text = new StringBuilder(intro(revisionId, cycleId, schoolCode)).append("\n\n");
    last(revisionId).ifPresent(l -> text.append("**Изменены:** ")
        .append(DocumentRevisions.documentsInWords(List.of(l[0].split(",")))).append("\n\n**Что изменено и почему:** ")
        .append(Markdown.text(l[1])).append("\n\n"));
    return LongText.of(text.append(documentForms.summaryText(cycleId, schoolCode)).toString());
  }

  private java.util.Optional<String[]> last(Long revisionId) {
    return jdbc.sql("""
            select revised_documents, revision_note from ss_document_version where revision_id = ?
            order by version desc""")
        .param(revisionId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream().findFirst();
  }
}
