package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import ru.schoolsupport.SchoolSupportTest;

/** The app deploys every model in processes/ with its forms, and serves the webapps and REST. */
@SchoolSupportTest
class DeploymentTest {

  @Autowired RepositoryService repository;
  @Autowired TestRestTemplate http;
  @Value("${server.address}") String serverAddress;

  @Test
  void everyModelInProcessesIsDeployed() throws IOException {
    Set<String> deployed = new HashSet<>();
    repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> deployed.add(d.getKey()));
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
          if (process.isExecutable()) {
            assertThat(deployed).as(file.toString()).contains(process.getId());
          }
        }
      }
    }
  }

  @Test
  void everyFormRefResolvesToAFormOfTheSameDeployment() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).isNotEmpty();
    for (ProcessDefinition definition : definitions) {
      Set<String> formIds = new HashSet<>();
      for (String resource : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
        if (resource.endsWith(".form")) {
          try (InputStream form = repository.getResourceAsStream(definition.getDeploymentId(), resource)) {
            formIds.add(json.readTree(form).path("id").asText());
          }
        }
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(formIds).as(definition.getKey() + "/" + task.getId()).contains(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(formIds).as(definition.getKey() + "/" + start.getId()).contains(start.getCamundaFormRef());
        }
      }
    }
  }

  @Test
  void webappsAndRestAreServedAndRestNeedsALogin() {
    assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/camunda/app/cockpit/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("coordinator", "demo").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
  }

  @Test
  void theEmbeddedDefaultListensOnLoopbackOnly() {
    assertThat(serverAddress).isEqualTo("127.0.0.1");
  }
}
