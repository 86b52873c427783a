package ru.schoolsupport.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import ru.schoolsupport.process.DeclaredForms;

/**
 * Puts {@link EngineRestGate} after the login filter of {@code config.WebFiltersConfig}: registered here,
 * by the package it belongs to, so the shared {@code config} package does not depend on {@code access}.
 * Also gives both JAX-RS applications of the engine's API {@link RaceAnswers}' mappers: {@code /engine-rest}
 * (the starter's Jersey {@code ResourceConfig}, through Spring Boot's {@link ResourceConfigCustomizer}) and
 * the webapps' {@code /camunda/api/engine} (Camunda's {@code EngineRestApplication}, whose Jersey servlet
 * takes Jersey's properties from the servlet context's attributes: {@value #JERSEY_PROVIDERS} names them).
 */
@Configuration
public class EngineRestGateRegistration {

  /** After the login: what staff may call of the engine's API, and what a submission may carry. */
  @Bean
  public FilterRegistrationBean<EngineRestGate> engineRestGate(IdentityService identity, TaskService tasks,
      RepositoryService repository, DeclaredForms forms, ObjectProvider<SuspendedTaskReason> suspended) {
    FilterRegistrationBean<EngineRestGate> registration = new FilterRegistrationBean<>(
        new EngineRestGate(identity, tasks, repository, forms, suspended.getIfAvailable()));
    registration.setName("engine-rest-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /** Jersey's property naming provider classes to register; its servlets read it from the context's attributes too. */
  static final String JERSEY_PROVIDERS = "jersey.config.server.provider.classnames";

  /** {@code /engine-rest}: a lost race is a 409, not a 500. */
  @Bean
  public ResourceConfigCustomizer raceAnswersOverRest() {
    return config -> RaceAnswers.MAPPERS.forEach(config::register);
  }

  /** {@code /camunda/api/engine} (Tasklist): the same answers for the webapps' own engine API. */
  @Bean
  public ServletContextInitializer raceAnswersInTheWebapps() {
    return context -> context.setAttribute(JERSEY_PROVIDERS,
        RaceAnswers.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
