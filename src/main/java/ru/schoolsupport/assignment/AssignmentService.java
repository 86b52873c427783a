package ru.schoolsupport.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.process.ApprovalDecision;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.process.CommonVariables;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.WorkCalendar;

/**
 * Issues assignments and carries them through execution and control. Each assignment runs an
 * assignmentControl process; the business data stays in {@code ss_assignment}.
 */
@Service
public class AssignmentService {

  static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final int MAX_TEXT = 4000;

  private final AssignmentRepository assignments;
  private final DirectoryRepository directory;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final WorkCalendar calendar;

  public AssignmentService(AssignmentRepository assignments, DirectoryRepository directory, RuntimeService runtime,
      TaskService tasks, WorkCalendar calendar) {
    this.assignments = assignments;
    this.directory = directory;
    this.runtime = runtime;
    this.tasks = tasks;
    this.calendar = calendar;
  }

  /** Checks and stores the assignment and starts its control process; returns its id. */
  @Transactional
  public long issue(NewAssignment assignment) {
    return issue(assignment, "Поручение: " + abbreviate(assignment.text(), 80), false);
  }

  /**
   * Issues work another feature tracks as an assignment (a roadmap item): the task's subject is given,
   * and a deadline already past is allowed (the item is overdue from the start and escalated as such).
   */
  @Transactional
  public long issue(NewAssignment assignment, String subject, boolean pastDeadlineAllowed) {
    List<String> problems = check(assignment, pastDeadlineAllowed);
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    long id = assignments.insert(assignment, calendar.now().toInstant());
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(AssignmentProcess.ASSIGNMENT_ID, id);
    variables.put(CommonVariables.SUBJECT, subject);
    if (assignment.executorKind() == ExecutorKind.SCHOOL) {
      School school = directory.findSchool(assignment.executorRef()).orElseThrow();
      variables.put(CommonVariables.SCHOOL_CODE, school.code());
      variables.put(CommonVariables.SCHOOL_NAME, school.shortName());
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(AssignmentProcess.KEY,
        AssignmentProcess.businessKey(id), variables);
    assignments.setProcessInstance(id, instance.getId());
    return id;
  }

  /**
   * What stops the assignment from being issued, in Russian (empty when it can be): no text, a past
   * deadline, an executor or a controller the directory does not know. Lets a list of assignments be
   * checked whole before any is issued.
   */
  public List<String> check(NewAssignment assignment) {
    return check(assignment, false);
  }

  private List<String> check(NewAssignment assignment, boolean pastDeadlineAllowed) {
    List<String> problems = new ArrayList<>();
    if (assignment.text() == null || assignment.text().isBlank()) {
      problems.add("не указан текст поручения");
    } else if (assignment.text().length() > MAX_TEXT) {
      problems.add("текст поручения длиннее " + MAX_TEXT + " знаков");
    }
    if (assignment.deadline() == null) {
      problems.add("не указан срок исполнения");
    } else if (!pastDeadlineAllowed && assignment.deadline().isBefore(calendar.today())) {
      problems.add("срок исполнения " + RUSSIAN_DATE.format(assignment.deadline()) + " уже прошёл");
    }
    if (assignment.executorKind() == null || assignment.executorRef() == null) {
      problems.add("не указан исполнитель");
    } else if (executorName(assignment.executorKind(), assignment.executorRef()) == null) {
      problems.add("исполнитель «" + assignment.executorRef() + "» не найден в справочнике");
    }
    if (assignment.controllerLogin() == null || directory.findPerson(assignment.controllerLogin()).isEmpty()) {
      problems.add("контролёр «" + assignment.controllerLogin() + "» не найден в справочнике");
    }
    return problems;
  }

  public Assignment get(long id) {
    return assignments.get(id);
  }

  public List<Assignment> findAll() {
    return assignments.findAll();
  }

  public void recordReport(long id, String report, String link) {
    recordReport(id, report, link, null);
  }

  /** Stores the executor's report (done) and who wrote it (null when unknown). */
  public void recordReport(long id, String report, String link, String reportedBy) {
    recordReport(id, ExecutionResult.DONE.value(), report, link, reportedBy);
  }

  /**
   * Stores the executor's mark: done with the report, or not done with the reason (required either way);
   * {@code result} as submitted ({@code done}, {@code notDone}; none — a form deployed before the choice — is
   * done). Who wrote it is kept (null when unknown).
   */
  public void recordReport(long id, String result, String report, String link, String reportedBy) {
    ExecutionResult checked = ExecutionResult.of(result);
    List<String> problems = new ArrayList<>();
    if (report == null || report.isBlank()) {
      problems.add(checked == ExecutionResult.NOT_DONE
          ? "укажите, почему поручение не выполнено (поле «Отчёт об исполнении или причина невыполнения»)"
          : "опишите, что сделано (поле «Отчёт об исполнении»)");
    } else if (report.length() > MAX_TEXT) {
      problems.add("отчёт длиннее " + MAX_TEXT + " знаков");
    }
    if (link != null && !link.isBlank() && !link.matches("https?://\\S+")) {
      problems.add("ссылка должна начинаться с http:// или https://");
    }
    if (!problems.isEmpty()) {
      throw new FormInputException(problems);
    }
    assignments.recordReport(id, checked, report.strip(), link == null || link.isBlank() ? null : link.strip(),
        calendar.now().toInstant(), reportedBy);
  }

  /**
   * The controller's decision on the executor's mark: accepted (the assignment ends as done, or as not done
   * when the executor reported it not done), or returned with a comment.
   */
  public void recordControlDecision(long id, String decision, String comment) {
    if (ApprovalDecision.isApproved(decision)) {
      AssignmentStatus outcome = assignments.get(id).reportedNotDone() ? AssignmentStatus.NOT_DONE
          : AssignmentStatus.DONE;
      assignments.recordAccepted(id, outcome, blankToNull(comment), calendar.now().toInstant());
    } else if (ApprovalDecision.isReturned(decision)) {
      if (comment == null || comment.isBlank()) {
        throw new FormInputException("при возврате на доработку укажите, что нужно исправить (поле «Комментарий»)");
      }
      assignments.recordReturned(id, comment.strip());
    } else {
      throw new FormInputException("выберите решение: «Принять отметку» или «Вернуть на доработку»");
    }
  }

  public void markOverdue(long id) {
    assignments.markOverdue(id);
  }

  /** Moves the deadline; the open execution task's due date moves with it. */
  public void moveDeadline(long id, LocalDate newDeadline) {
    if (newDeadline.isBefore(calendar.today())) {
      throw new FormInputException("новый срок " + RUSSIAN_DATE.format(newDeadline) + " уже прошёл");
    }
    Assignment assignment = assignments.get(id);
    assignments.moveDeadline(id, newDeadline);
    for (Task task : tasks.createTaskQuery().processInstanceId(assignment.processInstanceId())
        .taskDefinitionKey(AssignmentProcess.TASK_EXECUTE).list()) {
      task.setDueDate(calendar.dueAt(newDeadline));
      tasks.saveTask(task);
    }
  }

  /** The executor as a reader sees them: a person's name, a group's or a school's. Null if unknown. */
  String executorName(ExecutorKind kind, String ref) {
    return switch (kind) {
      case PERSON -> directory.findPerson(ref).map(Person::fullName).orElse(null);
      case SCHOOL -> directory.findSchool(ref).map(School::shortName).orElse(null);
      case GROUP -> java.util.Arrays.stream(Role.values()).filter(r -> r.groupId().equals(ref))
          .map(Role::groupName).findFirst().orElse(null);
    };
  }

  /** The Camunda candidate group for the executor, if the executor is a group or a school. */
  static String candidateGroup(Assignment assignment) {
    return switch (assignment.executorKind()) {
      case PERSON -> null;
      case GROUP -> assignment.executorRef();
      case SCHOOL -> SchoolGroups.groupId(assignment.executorRef());
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
