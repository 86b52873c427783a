package ru.schoolsupport.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request to {@code /api} that says it is larger than the upload limit is answered 413 before a byte
 * of it is read: a client that asked «Expect: 100-continue» (curl does for a large file) never sends
 * it. A request without a length is counted as it is read and refused the same way ({@link ApiErrors}).
 */
public class UploadSizeLimit extends OncePerRequestFilter {

  private final DataSize maxRequestSize;
  private final DataSize maxFileSize;

  public UploadSizeLimit(DataSize maxRequestSize, DataSize maxFileSize) {
    this.maxRequestSize = maxRequestSize;
    this.maxFileSize = maxFileSize;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (maxRequestSize.toBytes() >= 0 && request.getContentLengthLong() > maxRequestSize.toBytes()) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json;charset=UTF-8");
      // the rest of the body is not read: the connection closes after the answer
      response.setHeader("Connection", "close");
      response.getOutputStream().write(("{\"message\":\"" + ApiErrors.tooLarge(maxFileSize, request.getRequestURI()) + "\"}")
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
