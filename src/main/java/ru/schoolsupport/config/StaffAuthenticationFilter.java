package ru.schoolsupport.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own pages and downloads ({@code /app/**}) use the same login as Tasklist: the Camunda webapps'
 * session when the user is logged in there, or HTTP Basic for scripts. The request then runs as that
 * user, with the engine's authorizations.
 */
public class StaffAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private final IdentityService identity;

  public StaffAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = null;
    List<String> groups = null;
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication authentication = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (authentication instanceof UserAuthentication user) {
        userId = user.getIdentityId();
        groups = user.getGroupIds();
      }
    }
    if (userId == null) {
      userId = basicUser(request);
      if (userId != null) {
        groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      }
    }
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"school-support\", charset=\"UTF-8\"");
      response.setContentType("text/plain;charset=UTF-8");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.getWriter().write("Войдите в Tasklist (/camunda/app/tasklist/) и откройте ссылку снова.");
      return;
    }
    try {
      identity.setAuthentication(userId, groups);
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
