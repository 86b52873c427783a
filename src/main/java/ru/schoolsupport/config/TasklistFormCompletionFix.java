package ru.schoolsupport.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves Tasklist 7.24's script with one fix: form-js 1.8.7 leaves empty error entries for the
 * fields of a dynamic list (nested arrays for nested lists), and Tasklist disables «Завершить»
 * whenever the errors object has any key, so a form with a dynamic list (the risk profile, the
 * programmes) could never be completed. The fix counts only entries that hold a message. If a Camunda upgrade changes the script so that the fix no
 * longer applies, the original is served unchanged and a warning is logged.
 */
public class TasklistFormCompletionFix extends OncePerRequestFilter {

  public static final String PATH = "/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  private static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  /** True if any message is found, however deep: nested lists nest their fields' error arrays. */
  private static final String HAS_ERRORS = "(function f(x){return typeof x==\"string\"?x.length>0:Array.isArray(x)"
      + "?x.some(f):!!x&&typeof x==\"object\"&&Object.values(x).some(f)})(%s)";
  private static final String[][] FIXES = {
      {"var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)",
          "var t=" + HAS_ERRORS.formatted("e.errors") + ";h.notifyFormValidated(t)"},
      {"if(t=A(),n=t.data,a=t.errors,!Object.keys(a).length)",
          "if(t=A(),n=t.data,a=t.errors,!" + HAS_ERRORS.formatted("a") + ")"}};
  private static final Logger log = LoggerFactory.getLogger(TasklistFormCompletionFix.class);

  private volatile byte[] patched;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] script = patchedScript();
    if (script == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/javascript;charset=UTF-8");
    response.setContentLength(script.length);
    response.getOutputStream().write(script);
  }

  private byte[] patchedScript() throws IOException {
    if (patched == null) {
      String original;
      try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
        original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String fixed = original;
      for (String[] fix : FIXES) {
        if (!fixed.contains(fix[0])) {
          log.warn("Tasklist script has changed: the dynamic-list completion fix is not applied (missing '{}')", fix[0]);
          patched = new byte[0];
          return null;
        }
        fixed = fixed.replace(fix[0], fix[1]);
      }
      patched = fixed.getBytes(StandardCharsets.UTF_8);
    }
    return patched.length == 0 ? null : patched;
  }
}
