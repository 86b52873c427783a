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
 * user, with the engine's authorizations. Without a login a browser's page request is sent to the
 * Tasklist login; other requests get 401.
 */
public class StaffAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  /** Tasklist's login (the pages' {@code pages.StaffPages.TASKLIST_LOGIN}; config may not depend on a feature). */
  static final String LOGIN = "/camunda/app/tasklist/default/#/login";
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
      refuse(request, response);
      return;
    }
    try {
      identity.setAuthentication(userId, groups);
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Nobody logged in. A browser opening a page goes to the Tasklist login (the browser's own Basic
   * dialog is no login page); a page's script in a browser gets 401 without a Basic challenge, so that
   * no dialog opens over the page; a script of its own (curl, an integration) gets the Basic challenge.
   */
  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean browser = request.getHeader("Sec-Fetch-Mode") != null;
    boolean credentialsSent = request.getHeader("Authorization") != null;
    if (!credentialsSent && isPageNavigation(request)) {
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", LOGIN);
      response.setHeader("Cache-Control", "no-store");
      return;
    }
    if (!browser || credentialsSent) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"school-support\", charset=\"UTF-8\"");
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.getWriter().write("Войдите в систему (" + LOGIN + ") и откройте ссылку снова.");
  }

  /** A GET of a page in a browser: a navigation (Sec-Fetch-Mode) or, in an older browser, one that asks for HTML. */
  static boolean isPageNavigation(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return false;
    }
    String mode = request.getHeader("Sec-Fetch-Mode");
    if (mode != null) {
      return mode.equals("navigate");
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
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
