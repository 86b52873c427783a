package ru.schoolsupport.config;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import ru.schoolsupport.access.EngineRestGate;
import ru.schoolsupport.process.DeclaredForms;

/**
 * The servlet filters: {@code /engine-rest} and our own {@code /api} answer only to HTTP Basic
 * authentication against the engine's users, so every REST call runs with that user's authorizations
 * (as Camunda Run does); our pages under {@code /app} also take the Tasklist session; the webapps keep
 * their own session login and CSRF protection. Camunda's webapp files are served as they are: our
 * Tasklist adjustments are custom scripts named in Tasklist's {@code scripts/config.js}.
 */
@Configuration
public class WebFiltersConfig {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

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

  @Bean
  public FilterRegistrationBean<StaffAuthenticationFilter> staffPagesAuthentication(IdentityService identity) {
    FilterRegistrationBean<StaffAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new StaffAuthenticationFilter(identity));
    registration.setName("staff-pages-authentication");
    registration.addUrlPatterns("/app/*");
    return registration;
  }
}
