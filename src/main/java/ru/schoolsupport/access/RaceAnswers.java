package ru.schoolsupport.access;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A call to a task that loses a race with another user's (two claim it at once, two submit it at
 * once, one submits while the other claims, the coordinator pauses the school meanwhile) answers 409 with a Russian message instead of Camunda's
 * 500: the task is taken by someone else, already done, or was changed at the same moment. A task
 * already gone when the call arrives is the gate's 404 ({@link EngineRestGate}); these mappers cover
 * the window between the gate's look and the engine's commit.
 *
 * <p>Two JAX-RS exception mappers, for {@code /engine-rest} and for the webapps' {@code /camunda/api/engine}
 * (Tasklist): the engine's exception as Camunda's claim throws it, and the same wrapped in a
 * {@link RestException} as Camunda's submit-form and complete throw it. Each takes only a race
 * ({@link ExtendedExceptionMapper#isMappable}) and leaves everything else to Camunda's own mappers,
 * which it outranks by its {@link Priority}. The body keeps Camunda's error shape
 * ({@code type}, {@code message}, {@code code}). Registered in {@link EngineRestGateRegistration}.
 */
public final class RaceAnswers {

  /** Above Camunda's mappers, which have the default {@link Priorities#USER}; lower is preferred. */
  static final int PRIORITY = Priorities.USER - 100;

  static final String TAKEN = "Задачу уже взял в работу другой пользователь (%s). Обновите список задач.";
  static final String DONE = "Задача уже выполнена другим пользователем, ваше действие не выполнено. "
      + "Обновите список задач.";
  static final String CHANGED = "Задачу в тот же момент изменил другой пользователь, ваше действие не выполнено. "
      + "Откройте задачу заново и повторите.";

  static final String PAUSED = "Работа по задаче приостановлена (работа школы приостановлена координатором), "
      + "ваше действие не выполнено. Обновите список задач: задачу можно будет выполнить после возобновления.";

  /** The classes to register with a JAX-RS application. */
  public static final List<Class<?>> MAPPERS = List.of(EngineRace.class, WrappedEngineRace.class, GoneTask.class);

  private RaceAnswers() {
  }

  /** A race as Camunda's resources let it through: {@code claim} throws the engine's exception as it is. */
  @Priority(PRIORITY)
  public static final class EngineRace implements ExtendedExceptionMapper<ProcessEngineException> {
    @Context UriInfo uri;

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return answer(exception, uri) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception, uri);
    }
  }

  /** A race as Camunda's {@code submit-form} and {@code complete} wrap it: a 500 {@link RestException}. */
  @Priority(PRIORITY)
  public static final class WrappedEngineRace implements ExtendedExceptionMapper<RestException> {
    @Context UriInfo uri;

    @Override
    public boolean isMappable(RestException exception) {
      return exception.getCause() instanceof ProcessEngineException cause && answer(cause, uri) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return answer((ProcessEngineException) exception.getCause(), uri);
    }
  }

  /**
   * A task completed by another user while the engine was completing it for this one can also surface as
   * an engine failure that is no {@link ProcessEngineException} (a {@link NullPointerException} where the
   * task's execution was, seen on H2): a 409 too, but only when the task is indeed gone now.
   */
  @Priority(PRIORITY)
  public static final class GoneTask implements ExtendedExceptionMapper<RuntimeException> {
    @Context UriInfo uri;

    @Override
    public boolean isMappable(RuntimeException exception) {
      return !(exception instanceof ProcessEngineException) && !(exception instanceof RestException)
          && gone(exception, uri) != null;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
      return gone(exception, uri);
    }
  }

  /** 409 when the call is to a task that is gone now, else null. */
  static Response gone(RuntimeException exception, UriInfo uri) {
    TaskCall call = uri == null ? null : TaskCall.of(uri.getPathSegments());
    ProcessEngine engine = call == null ? null : ProcessEngines.getProcessEngine(call.engine());
    return engine != null && taskNow(engine, call.taskId()) == null ? conflict(exception, DONE) : null;
  }

  /** The answer to a lost race, or null when the exception is not one. */
  static Response answer(ProcessEngineException exception, UriInfo uri) {
    if (exception instanceof TaskAlreadyClaimedException claimed) {
      return conflict(exception, TAKEN.formatted(claimed.getTaskAssignee()));
    }
    if (exception instanceof SuspendedEntityInteractionException) {
      // suspended between the gate's look (EngineRestGate answers a suspended task with its reason) and the engine's
      return conflict(exception, PAUSED);
    }
    boolean concurrent = exception instanceof OptimisticLockingException;
    // a task completed by another user in the meantime: the engine no longer finds it (NullValueException), or
    // no longer finds the grants that went with it (AuthorizationException); either way it is gone now
    if (!concurrent && !(exception instanceof NullValueException) && !(exception instanceof AuthorizationException)) {
      return null;
    }
    TaskCall call = uri == null ? null : TaskCall.of(uri.getPathSegments());
    if (call == null) {
      return concurrent ? conflict(exception, CHANGED) : null;
    }
    ProcessEngine engine = ProcessEngines.getProcessEngine(call.engine());
    Task task = engine == null ? null : taskNow(engine, call.taskId());
    if (engine != null && task == null) {
      // it was there when the gate looked: someone else completed it in between
      return conflict(exception, DONE);
    }
    if (!concurrent) {
      return null; // the task is there: a missing value or a refusal of its own, not a race
    }
    if (call.action().equals("claim") && task != null && task.getAssignee() != null) {
      return conflict(exception, TAKEN.formatted(task.getAssignee()));
    }
    return conflict(exception, CHANGED);
  }

  /** The task as it is now, whoever may see it (as the gate's own look at it). */
  private static Task taskNow(ProcessEngine engine, String taskId) {
    return TaskAsItIs.find(engine.getIdentityService(), engine.getTaskService(), taskId);
  }

  private static Response conflict(RuntimeException exception, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", exception.getClass().getSimpleName());
    body.put("message", message);
    body.put("code", null);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body).build();
  }

  /** A call to one task: {@code [engine/{name}/]task/{id}/{action}}, relative to the REST application. */
  record TaskCall(String engine, String taskId, String action) {
    static TaskCall of(List<PathSegment> segments) {
      List<String> path = segments.stream().map(PathSegment::getPath).filter(s -> !s.isEmpty()).toList();
      String engine = ProcessEngines.NAME_DEFAULT;
      if (path.size() >= 2 && path.get(0).equals("engine")) {
        engine = path.get(1);
        path = path.subList(2, path.size());
      }
      if (path.size() < 2 || !path.get(0).equals("task")) {
        return null;
      }
      return new TaskCall(engine, path.get(1), path.size() > 2 ? path.get(2) : "");
    }
  }
}
