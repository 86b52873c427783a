package ru.schoolsupport.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import ru.schoolsupport.process.DeclaredForms;

/**
 * Puts {@link EngineRestGate} after the login filter of {@code config.WebFiltersConfig}: registered here,
 * by the package it belongs to, so the shared {@code config} package does not depend on {@code access}.
 */
@Configuration
public class EngineRestGateRegistration {

  /** After the login: what staff may call of the engine's API, and what a submission may carry. */
  @Bean
  public FilterRegistrationBean<EngineRestGate> engineRestGate(IdentityService identity, TaskService tasks,
      RepositoryService repository, DeclaredForms forms) {
    FilterRegistrationBean<EngineRestGate> registration =
        new FilterRegistrationBean<>(new EngineRestGate(identity, tasks, repository, forms));
    registration.setName("engine-rest-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
