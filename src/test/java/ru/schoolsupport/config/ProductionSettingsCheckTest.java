package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import ru.schoolsupport.SchoolSupportApplication;

class ProductionSettingsCheckTest {

  final ProductionSettingsCheck check = new ProductionSettingsCheck();

  @Test
  void productionWithoutAnAdminPasswordRefusesToStartAndSaysWhy() {
    MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("SCHOOLSUPPORT_ADMIN_PASSWORD");
  }

  @Test
  void productionWithAWeakAdminPasswordRefusesToStartAndSaysWhy() {
    MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "Admin-12345!");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("password policy");
  }

  @Test
  void productionWithDemoDataRefusesToStart() {
    MockEnvironment environment = production().withProperty("schoolsupport.demo.enabled", "true");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("demo");
  }

  @Test
  void productionWithoutAMailServerRefusesToStartAndSaysWhy() {
    MockEnvironment environment = production().withProperty("spring.mail.host", "");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("SPRING_MAIL_HOST");
    assertThatCode(() -> check.postProcessEnvironment(environment.withProperty("schoolsupport.mail.transport", "file"),
        new SpringApplication())).as("mail written to files needs no server").doesNotThrowAnyException();
  }

  @Test
  void aMissingSettingStopsTheAppBeforeTheDatabaseIsTouched() throws Exception {
    String url = "jdbc:h2:mem:production-settings-check;DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      assertThatThrownBy(() -> new SpringApplicationBuilder(SchoolSupportApplication.class)
          .profiles("postgres")
          .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
              "--camunda.bpm.admin-user.password=S3cure-Password!", "--schoolsupport.mail.transport=smtp",
              "--spring.mail.host=", "--server.port=0"))
          .hasMessageContaining("The 'postgres' profile cannot start").hasMessageContaining("SPRING_MAIL_HOST");

      try (ResultSet tables = keepAlive.createStatement().executeQuery(
          "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
        tables.next();
        assertThat(tables.getLong(1)).as("no engine schema, no migrations, no administrator").isZero();
      }
    }
  }

  @Test
  void productionWithItsSettingsStarts() {
    assertThatCode(() -> check.postProcessEnvironment(production(), new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theEmbeddedDefaultNeedsNothing() {
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  private static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.password", "S3cure-Password!")
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/school_support")
        .withProperty("schoolsupport.demo.enabled", "false")
        .withProperty("schoolsupport.mail.transport", "smtp")
        .withProperty("spring.mail.host", "smtp.example.ru");
    environment.setActiveProfiles("postgres");
    return environment;
  }
}
