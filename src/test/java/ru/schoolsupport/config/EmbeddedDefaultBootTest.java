package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The zero-setup default as the README's run command starts it: a file-based H2 database (here
 * under target/ rather than ./data), demo logins with the password "demo", the server on 127.0.0.1.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/embedded-default-test/school-support;DB_CLOSE_ON_EXIT=FALSE",
    "camunda.bpm.job-execution.enabled=false"
})
class EmbeddedDefaultBootTest {

  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Value("${spring.datasource.url}") String url;
  @Value("${server.address}") String address;

  @Test
  void bootsOnAFileDatabaseWithTheDemoLogins() {
    assertThat(url).startsWith("jdbc:h2:file:");
    assertThat(address).isEqualTo("127.0.0.1");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("assignmentControl").count())
        .isPositive();
    for (String login : new String[] {"head", "deputy", "coordinator", "methodist", "curator1", "secretary",
        "director.sosh6", "director.lyceum7"}) {
      assertThat(identity.checkPassword(login, "demo")).as(login).isTrue();
    }
    assertThat(identity.checkPassword("admin", "admin")).isTrue();
  }
}
