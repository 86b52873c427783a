package ru.schoolsupport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import ru.schoolsupport.imports.ImportCommand;

/**
 * The yearly cycle of support for schools with low educational results, on Camunda 7.
 * Packages follow the cycle's concerns: {@code directory} (schools and people), {@code access}
 * (who sees what), {@code assignment} (decisions and orders tracked to the end), and so on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SchoolSupportApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SchoolSupportApplication.class);
    if (ImportCommand.isImport(args)) {
      // an import runs against the same database, without a server, jobs or demo data, then exits
      application.setWebApplicationType(WebApplicationType.NONE);
      List<String> importArgs = new ArrayList<>(List.of(args));
      importArgs.add("--camunda.bpm.job-execution.enabled=false");
      importArgs.add("--schoolsupport.demo.enabled=false");
      importArgs.add("--spring.autoconfigure.exclude="
          + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
          + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
      ConfigurableApplicationContext context = application.run(importArgs.toArray(String[]::new));
      int exitCode = context.getBean(ImportCommand.class).exitCode();
      System.exit(SpringApplication.exit(context, () -> exitCode));
    }
    application.run(args);
  }
}
