package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

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
        .withProperty("schoolsupport.demo.enabled", "false");
    environment.setActiveProfiles("postgres");
    return environment;
  }
}
