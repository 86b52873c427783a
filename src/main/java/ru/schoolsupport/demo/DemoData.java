package ru.schoolsupport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.schoolsupport.assignment.AssignmentService;
import ru.schoolsupport.assignment.ExecutorKind;
import ru.schoolsupport.assignment.NewAssignment;
import ru.schoolsupport.directory.DirectoryImportService;
import ru.schoolsupport.directory.ImportResult;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.listformation.ListSourcesImportService;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The demo municipality, for the embedded default only: its directory is loaded through the same
 * import as a department's files, every demo login gets the password {@value #DEMO_PASSWORD}, and a
 * few assignments give the demo people work to see in Tasklist at once.
 */
@Component
@ConditionalOnProperty(name = "schoolsupport.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DirectoryImportService directoryImport;
  private final IdentityService identity;
  private final AssignmentService assignments;
  private final WorkCalendar calendar;
  private final ListSourcesImportService listSources;

  DemoData(DirectoryImportService directoryImport, IdentityService identity, AssignmentService assignments,
      WorkCalendar calendar, ListSourcesImportService listSources) {
    this.listSources = listSources;
    this.directoryImport = directoryImport;
    this.identity = identity;
    this.assignments = assignments;
    this.calendar = calendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    ImportResult schools = directoryImport.importSchools("demo/schools.csv", read("demo/schools.csv"));
    ImportResult people = directoryImport.importPeople("demo/people.csv", read("demo/people.csv"));
    log.info("Demo directory: {} {}", schools.summary(), people.summary());
    listSources.importIndicators("demo/indicators.csv", read("demo/indicators.csv"));
    listSources.importRegionalList("demo/regional-list.csv", read("demo/regional-list.csv"));
    for (User user : identity.createUserQuery().list()) {
      if (!"admin".equals(user.getId())
          && (user.getPassword() == null || !identity.checkPassword(user.getId(), DEMO_PASSWORD))) {
        user.setPassword(DEMO_PASSWORD);
        identity.saveUser(user);
      }
    }
    if (assignments.findAll().isEmpty()) {
      issueDemoAssignments();
    }
    log.info("Demo mode: log in at http://localhost:8080/camunda as 'coordinator', 'head', 'director.sosh6', ..."
        + " with the password '{}' (see README.md)", DEMO_PASSWORD);
  }

  private void issueDemoAssignments() {
    LocalDate today = calendar.today();
    String decision = "Решение коллегии управления образования от " + today.minusDays(3)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " № 1";
    List<NewAssignment> demo = List.of(
        new NewAssignment(decision + ", п. 2.3",
            "Разместить на официальном сайте школы концепцию развития, дорожную карту и антирисковые программы",
            ExecutorKind.SCHOOL, "sosh6", "coordinator", today.plusDays(14)),
        new NewAssignment(decision + ", п. 2.4",
            "Провести самодиагностику и представить рисковый профиль школы координатору",
            ExecutorKind.SCHOOL, "sosh12", "coordinator", today.plusDays(7)),
        new NewAssignment(decision + ", п. 3.1",
            "Организовать серию вебинаров для школ-партнёров по обмену опытом преодоления рисков",
            ExecutorKind.PERSON, "methodist", "deputy", today.plusDays(30)),
        new NewAssignment(decision + ", п. 3.2",
            "Провести выездные консультации в курируемых школах и представить справку по итогам",
            ExecutorKind.GROUP, Role.CURATOR.groupId(), "coordinator", today.plusDays(21)));
    demo.forEach(assignments::issue);
  }

  private static byte[] read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
