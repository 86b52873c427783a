package ru.schoolsupport.config;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters: {@code /engine-rest} and our own {@code /api} answer only to HTTP Basic
 * authentication against the engine's users, so every REST call runs with that user's authorizations
 * (as Camunda Run does); our pages under {@code /app} also take the Tasklist session; the webapps keep
 * their own session login and CSRF protection; an upload over the limit is refused before it is read;
 * our pages and answers carry the browser's security headers. Camunda's webapp files are served as they
 * are: our Tasklist adjustments are custom scripts named in Tasklist's {@code scripts/config.js}. The gate
 * after the login ({@code access.EngineRestGate}) is registered by its own package.
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
  public FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("security-headers");
    registration.addUrlPatterns("/app/*", "/api/*", "/monitoring");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<UploadSizeLimit> uploadSizeLimit(MultipartProperties multipart) {
    FilterRegistrationBean<UploadSizeLimit> registration = new FilterRegistrationBean<>(
        new UploadSizeLimit(multipart.getMaxRequestSize(), multipart.getMaxFileSize()));
    registration.setName("upload-size-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Tomcat says «100 Continue» only once a request's body is read, not as soon as it arrives: an upload
   * that {@link UploadSizeLimit} refuses is then never sent.
   */
  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnlyWhenTheBodyIsRead() {
    return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming",
        "onRead"));
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
