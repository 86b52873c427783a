package ru.schoolsupport.config;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters: {@code /engine-rest} and our own {@code /api} answer only to HTTP Basic
 * authentication against the engine's users, so every REST call runs with that user's authorizations
 * (as Camunda Run does); our pages under {@code /app} also take the Tasklist session; the webapps keep
 * their own session login and CSRF protection; Tasklist's script gets its dynamic-list fix. The gate after
 * the login ({@code access.EngineRestGate}) is registered by its own package.
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

  @Bean
  public FilterRegistrationBean<TasklistFormCompletionFix> tasklistFormCompletionFix() {
    FilterRegistrationBean<TasklistFormCompletionFix> registration =
        new FilterRegistrationBean<>(new TasklistFormCompletionFix());
    registration.setName("tasklist-form-completion-fix");
    registration.addUrlPatterns(TasklistFormCompletionFix.PATH);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<FormJsRussianMessages> formJsRussianMessages() {
    FilterRegistrationBean<FormJsRussianMessages> registration = new FilterRegistrationBean<>(new FormJsRussianMessages());
    registration.setName("form-js-russian-messages");
    registration.addUrlPatterns(FormJsRussianMessages.PATH);
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
