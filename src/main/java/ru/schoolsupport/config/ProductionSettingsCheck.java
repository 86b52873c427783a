package ru.schoolsupport.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the production profile with settings that would leave it open or broken: a
 * missing administrator password above all, the database URL, the mail server (mail is how staff
 * learn of their deadlines), demo data. Registered in {@code META-INF/spring.factories} as an
 * environment post-processor, it runs before any bean is created: nothing touches the database, so a
 * wrong start leaves no schema and no administrator behind. It says every missing setting at once.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

  static final String PRODUCTION_PROFILE = "postgres";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles(PRODUCTION_PROFILE)) {
      return;
    }
    List<String> problems = new ArrayList<>();
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password");
    if (!StringUtils.hasText(adminPassword)) {
      problems.add("the administrator password is not set: set the environment variable SCHOOLSUPPORT_ADMIN_PASSWORD");
    } else if (!meetsPasswordPolicy(adminPassword, environment.getProperty("camunda.bpm.admin-user.id", "admin"))) {
      problems.add("the administrator password (SCHOOLSUPPORT_ADMIN_PASSWORD) does not meet the password policy: "
          + "at least 10 characters, with an upper-case and a lower-case letter, a digit and a special character, "
          + "and not containing the login");
    }
    if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
      problems.add("the database URL is not set: set SCHOOLSUPPORT_DB_URL (jdbc:postgresql://host:5432/db)");
    }
    if ("smtp".equalsIgnoreCase(environment.getProperty("schoolsupport.mail.transport", "file"))
        && !StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
      problems.add("the mail server is not set: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, "
          + "SPRING_MAIL_PASSWORD if it asks), or SCHOOLSUPPORT_MAIL_TRANSPORT=file to write mail to files");
    }
    if (environment.getProperty("schoolsupport.demo.enabled", Boolean.class, false)) {
      problems.add("demo data and demo passwords must not be on in production: set schoolsupport.demo.enabled=false");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The '" + PRODUCTION_PROFILE + "' profile cannot start: "
          + String.join("; ", problems) + ". See README.md, section 'Production on PostgreSQL'.");
    }
  }

  /** Camunda's default password policy, checked here so that the message says what to change. */
  static boolean meetsPasswordPolicy(String password, String login) {
    return password.length() >= 10
        && password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))
        && !password.toLowerCase(java.util.Locale.ROOT).contains(login.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
