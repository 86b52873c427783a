package ru.schoolsupport.assignment;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;

/**
 * What the assignmentControl model asks when it creates a task — who, by when, and the text the
 * form shows — answered from the assignment in our table (the process holds only its id).
 * Referenced from the model as {@code ${assignmentTasks.…(assignmentId)}}.
 */
@Component("assignmentTasks")
public class AssignmentTasks {

  private final AssignmentRepository assignments;
  private final AssignmentService service;
  private final DirectoryRepository directory;
  private final WorkCalendar calendar;
  private final AssignmentSettings settings;
  private final List<ReportAttachments> attachments;

  public AssignmentTasks(AssignmentRepository assignments, AssignmentService service, DirectoryRepository directory,
      WorkCalendar calendar, AssignmentSettings settings, List<ReportAttachments> attachments) {
    this.attachments = attachments;
    this.assignments = assignments;
    this.service = service;
    this.directory = directory;
    this.calendar = calendar;
    this.settings = settings;
  }

  public List<String> executorUsers(Long assignmentId) {
    Assignment assignment = assignments.get(assignmentId);
    return assignment.executorKind() == ExecutorKind.PERSON ? List.of(assignment.executorRef()) : List.of();
  }

  public List<String> executorGroups(Long assignmentId) {
    String group = AssignmentService.candidateGroup(assignments.get(assignmentId));
    return group == null ? List.of() : List.of(group);
  }

  public String controller(Long assignmentId) {
    return assignments.get(assignmentId).controllerLogin();
  }

  public Date dueDate(Long assignmentId) {
    return calendar.dueAt(assignments.get(assignmentId).deadline());
  }

  public Date overdueEscalationDate(Long assignmentId) {
    return calendar.after(dueDate(assignmentId), settings.overdueEscalationDelay());
  }

  /**
   * Whether the assignment goes to its controller now: no report yet (or one returned), its deadline (with
   * the delay) passed, and not yet handed over for this deadline.
   */
  public boolean escalationDue(Long assignmentId) {
    Assignment assignment = assignments.get(assignmentId);
    return assignment.status() == AssignmentStatus.IN_PROGRESS
        && !calendar.now().before(overdueEscalationDate(assignmentId))
        && !assignments.escalatedDeadline(assignmentId).map(assignment.deadline()::equals).orElse(false);
  }

  /** After the controller's measures: the deadline was moved, so the new one is watched as the first was. */
  public boolean awaitsMovedDeadline(Long assignmentId) {
    Assignment assignment = assignments.get(assignmentId);
    return !assignment.status().closed()
        && assignments.escalatedDeadline(assignmentId).map(d -> !d.equals(assignment.deadline())).orElse(false);
  }

  /** The controller checks within the control period, by the end of its last working day. */
  public Date controlDueDate() {
    return calendar.dueIn(settings.controlPeriod());
  }

  /** The assignment as the forms show it (Markdown; what users typed is escaped, see {@link Markdown}). */
  public String summary(Long assignmentId) {
    Assignment a = assignments.get(assignmentId);
    StringBuilder text = new StringBuilder();
    text.append("**Поручение:** ").append(Markdown.text(a.text())).append("\n\n");
    if (a.source() != null) {
      text.append("**Основание:** ").append(Markdown.text(a.source())).append("\n\n");
    }
    text.append("**Исполнитель:** ").append(Markdown.inline(service.executorName(a.executorKind(), a.executorRef())))
        .append("\n\n");
    text.append("**Срок исполнения:** ").append(AssignmentService.RUSSIAN_DATE.format(a.deadline())).append("\n\n");
    text.append("**Контроль:** ").append(Markdown.inline(directory.findPerson(a.controllerLogin())
        .map(Person::fullName).orElse(a.controllerLogin())));
    if (a.overdue()) {
      text.append("\n\n**Срок исполнения нарушен.**");
    }
    for (ReportAttachments files : attachments) {
      String where = files.whereToAttach(assignmentId);
      if (!where.isEmpty()) {
        text.append("\n\n").append(where);
      }
    }
    return text.toString();
  }

  /** The controller's last comment, for an executor whose report was returned (Markdown); empty if none. */
  public String lastControlComment(Long assignmentId) {
    Assignment a = assignments.get(assignmentId);
    return a.returnCount() > 0 ? Markdown.text(a.controlComment()) : "";
  }

  /** The executor's report, as the controller reads it (Markdown). */
  public String report(Long assignmentId) {
    Assignment a = assignments.get(assignmentId);
    String report = Markdown.text(a.reportText());
    String text = a.reportedNotDone()
        ? "**Исполнитель сообщает: не выполнено.** **Причина:** " + (report.isEmpty() ? "—" : report)
            + "\n\nПринимая отметку, вы закрываете поручение как не исполненное."
        : "**Отчёт об исполнении:** " + (report.isEmpty() ? "—" : report);
    if (a.reportLink() != null) {
      text += "\n\n**Ссылка:** " + Markdown.inline(a.reportLink());
    }
    for (ReportAttachments files : attachments) {
      String attached = files.attached(assignmentId);
      if (!attached.isEmpty()) {
        text += "\n\n" + attached;
      }
    }
    return text;
  }
}
