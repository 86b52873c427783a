package ru.schoolsupport.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import ru.schoolsupport.process.FormInputException;

/**
 * A form refused for what a user typed is no server error: the engine logs every exception that
 * ends a command as an ERROR with its stack trace («ENGINE-16004 Exception while closing command
 * context»), a refused form included. This Logback filter turns exactly that into one WARN line with
 * the reasons (logger {@code ru.schoolsupport.refused-form}); every other engine error is logged as
 * before.
 */
@Component
public class RefusedFormLog extends TurboFilter {

  /** Where the engine logs the exception that ended a command. */
  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final org.slf4j.Logger LOG = LoggerFactory.getLogger("ru.schoolsupport.refused-form");

  public RefusedFormLog() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      setName("refused-form");
      context.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || level == null || !level.isGreaterOrEqual(Level.ERROR)
        || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    FormInputException refused = refused(t);
    if (refused == null && params != null) {
      for (Object param : params) {
        refused = refused == null && param instanceof Throwable thrown ? refused(thrown) : refused;
      }
    }
    if (refused == null) {
      return FilterReply.NEUTRAL;
    }
    LOG.warn("Form refused: {}", refused.getMessage());
    return FilterReply.DENY;
  }

  private static FormInputException refused(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormInputException refused) {
        return refused;
      }
    }
    return null;
  }
}
