package ru.schoolsupport.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every link the app writes (mails, documents) starts with one setting: {@code schoolsupport.public-url},
 * the address people open the app at. Nothing else builds an absolute address.
 */
@Component
public class PublicLinks {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final String base;

  public PublicLinks(@Value("${schoolsupport.public-url:http://localhost:8080}") String publicUrl) {
    String url = publicUrl.strip();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The public address itself, without a trailing slash. */
  public String base() {
    return base;
  }

  /** Tasklist's start page: {@code <public-url>/camunda/app/tasklist/default/}. */
  public String tasklist() {
    return base + TASKLIST;
  }

  /** A task in Tasklist: {@code <public-url>/camunda/app/tasklist/default/#/?task=<id>}. */
  public String task(String taskId) {
    return tasklist() + "#/?task=" + taskId;
  }

  /** A path of the app ({@code /api/…}, {@code /app/…}) as an absolute link. */
  public String path(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
