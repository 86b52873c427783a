package ru.schoolsupport.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.schoolsupport.process.DeclaredForm;
import ru.schoolsupport.process.DeclaredForms;
import ru.schoolsupport.process.FormRules;

/**
 * The engine's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) as staff
 * may use it: the calls Tasklist needs, and for managers the reads Cockpit needs; everything else is
 * refused with 403 before the engine sees it. The administrator ({@code camunda-admin}) keeps the whole
 * API. A submission (a task's form, its completion, its variables set one by one, a process's start
 * form) may carry only the fields its form declares, each keeping the form's rules; otherwise 400 with
 * the Russian reasons, and nothing changes. The list of calls is in the README («Кто что видит»).
 */
public class EngineRestGate extends OncePerRequestFilter {

  static final String ADMIN_GROUP = "camunda-admin";
  /** A body longer than this is no form's submission. */
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> MANAGER_GROUPS = Set.copyOf(AccessRules.READ_EVERY_TASK);
  /** A manager's query sent as a POST (Cockpit's lists): reads, whatever the verb. */
  private static final Set<String> QUERIES = Set.of("process-instance", "execution", "job", "incident",
      "variable-instance", "external-task", "job-definition", "case-instance", "case-execution", "event-subscription");

  /** The engine's words before the message of a refused submission. */
  static final java.util.regex.Pattern ENGINE_PREFIX = java.util.regex.Pattern.compile(
      "^(Cannot submit task form|Cannot instantiate process definition|Cannot complete task) [^ ]+: ");

  private final IdentityService identity;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final DeclaredForms forms;
  private final SuspendedTaskReason suspended;

  public EngineRestGate(IdentityService identity, TaskService tasks, RepositoryService repository,
      DeclaredForms forms, SuspendedTaskReason suspended) {
    this.identity = identity;
    this.tasks = tasks;
    this.repository = repository;
    this.forms = forms;
    this.suspended = suspended;
  }

  record Caller(String userId, List<String> groups) {
    boolean isAdmin() {
      return groups.contains(ADMIN_GROUP);
    }

    boolean isManager() {
      return groups.stream().anyMatch(MANAGER_GROUPS::contains);
    }

    boolean worksOnEveryTask() {
      return groups.stream().anyMatch(AccessRules.WORK_ON_EVERY_TASK::contains);
    }
  }

  /** What the gate makes of a call: let it through, or answer it here. */
  private record Verdict(int status, String message) {
    static final Verdict PASS = new Verdict(0, null);

    static Verdict refused(String message) {
      return new Verdict(HttpServletResponse.SC_FORBIDDEN, message);
    }

    static Verdict invalid(String message) {
      return new Verdict(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static Verdict waits(String message) {
      return new Verdict(HttpServletResponse.SC_CONFLICT, message);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> path = enginePath(request);
    Caller caller = path == null ? null : caller(request, path);
    if (caller == null || caller.isAdmin()) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest forwarded = request;
    Verdict verdict;
    if (path.stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..") || s.contains(";"))) {
      verdict = Verdict.invalid("Неверный адрес запроса.");
    } else {
      byte[] body = hasJsonBody(request) ? request.getInputStream().readNBytes(MAX_BODY_BYTES + 1) : null;
      if (body != null) {
        if (body.length > MAX_BODY_BYTES) {
          answer(response, new Verdict(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
              "Запрос больше " + MAX_BODY_BYTES / 1024 / 1024 + " МБ не принимается."));
          return;
        }
        forwarded = new CachedBody(request, body);
      }
      verdict = asCaller(caller, () -> judge(request.getMethod(), path, caller, body));
    }
    if (verdict == Verdict.PASS && submits(request.getMethod(), path)) {
      ContentCachingResponseWrapper answered = new ContentCachingResponseWrapper(response);
      chain.doFilter(forwarded, answered);
      withoutEngineWords(answered);
      answered.copyBodyToResponse();
    } else if (verdict == Verdict.PASS) {
      chain.doFilter(forwarded, response);
    } else {
      answer(response, verdict);
    }
  }

  /** A form submitted, a task completed, a process started: the calls whose refusal a person reads. */
  private static boolean submits(String method, List<String> path) {
    return method.equals("POST") && !path.isEmpty()
        && Set.of("submit-form", "complete", "start", "resolve").contains(path.get(path.size() - 1));
  }

  /**
   * The engine begins the message of a refused submission with its own words and ids («Cannot submit
   * task form 01cedbeb-…: », «Cannot instantiate process definition annualCycle:1:…: »): the message
   * Tasklist shows keeps only what follows, our Russian reasons.
   */
  private static void withoutEngineWords(ContentCachingResponseWrapper answered) throws IOException {
    if (answered.getStatus() != HttpServletResponse.SC_BAD_REQUEST) {
      return;
    }
    JsonNode error;
    try {
      error = JSON.readTree(answered.getContentAsByteArray());
    } catch (IOException e) {
      return;
    }
    if (error instanceof ObjectNode object && error.path("message").isTextual()) {
      String message = error.get("message").asText();
      String human = ENGINE_PREFIX.matcher(message).replaceFirst("");
      if (!human.equals(message)) {
        object.put("message", human);
        answered.resetBuffer();
        answered.getOutputStream().write(JSON.writeValueAsBytes(object));
      }
    }
  }

  private Verdict judge(String method, List<String> path, Caller caller, byte[] body) {
    String resource = path.isEmpty() ? "" : path.get(0);
    int size = path.size();
    boolean get = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    switch (resource) {
      case "", "engine", "version", "password-policy" -> {
        if (get) {
          return Verdict.PASS;
        }
      }
      case "filter" -> {
        if (get || method.equals("POST") && size == 3 && Set.of("list", "count", "singleResult").contains(path.get(2))
            || method.equals("POST") && size == 2 && path.get(1).equals("create")
            || (method.equals("PUT") || method.equals("DELETE")) && size == 2) {
          return Verdict.PASS;
        }
      }
      case "task" -> {
        if (size == 1 || size == 2 && path.get(1).equals("count")) {
          if (get || method.equals("POST")) {
            return Verdict.PASS;
          }
        } else if (!path.get(1).equals("report")) {
          return task(method, path, caller, body);
        }
      }
      case "process-definition" -> {
        if (get) {
          return Verdict.PASS;
        }
        if (method.equals("POST") && Set.of("submit-form", "start").contains(path.get(size - 1))) {
          return start(path, body);
        }
      }
      case "deployment" -> {
        if (get && size >= 3 && path.get(2).equals("resources")) {
          return Verdict.PASS;
        }
      }
      case "user" -> {
        if (get || method.equals("PUT") && size == 3 && path.get(1).equals(caller.userId())
            && Set.of("profile", "credentials").contains(path.get(2))) {
          return Verdict.PASS;
        }
      }
      case "group" -> {
        if (get) {
          return Verdict.PASS;
        }
      }
      case "identity" -> {
        if (get || method.equals("POST") && size == 2 && path.get(1).equals("password-policy")) {
          return Verdict.PASS;
        }
      }
      case "authorization" -> {
        if (get && size == 2 && path.get(1).equals("check")) {
          return Verdict.PASS;
        }
      }
      case "history" -> {
        if (get && size >= 2 && Set.of("task", "user-operation").contains(path.get(1))) {
          return Verdict.PASS;
        }
      }
      default -> {
        // only a manager's read, below
      }
    }
    if (caller.isManager() && (get || method.equals("POST") && isQuery(path))) {
      return Verdict.PASS;
    }
    return Verdict.refused("Этот запрос к API движка доступен только администратору.");
  }

  private static boolean isQuery(List<String> path) {
    if (path.get(0).equals("history")) {
      return path.size() >= 2 && !path.get(1).equals("cleanup")
          && (path.size() == 2 || path.size() == 3 && path.get(2).equals("count"));
    }
    return QUERIES.contains(path.get(0)) && (path.size() == 1 || path.size() == 2 && path.get(1).equals("count"));
  }

  private Verdict task(String method, List<String> path, Caller caller, byte[] body) {
    String taskId = path.get(1);
    Verdict gone = new Verdict(HttpServletResponse.SC_NOT_FOUND,
        "Задача " + taskId + " не найдена: она уже завершена или удалена. Обновите список задач.");
    if (!exists(taskId)) {
      return gone;
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      // completed by someone else between the two looks: gone, not refused
      return exists(taskId) ? Verdict.refused("Нет доступа к задаче " + taskId + ".") : gone;
    }
    boolean get = method.equals("GET") || method.equals("HEAD");
    String action = path.size() > 2 ? path.get(2) : "";
    int size = path.size();
    if (get) {
      return Verdict.PASS;
    }
    if (task.isSuspended() && !Set.of("comment", "attachment").contains(action)) {
      // its instance is suspended (a school's work paused): claiming, completing or changing it waits, whoever asks
      String message = suspended == null ? null : suspended.of(task);
      return Verdict.waits(message == null ? SuspendedTaskReason.GENERIC : message);
    }
    switch (action) {
      case "claim", "unclaim" -> {
        if (method.equals("POST") && size == 3) {
          return Verdict.PASS;
        }
      }
      case "submit-form" -> {
        if (method.equals("POST") && size == 3) {
          return submission(task, body, Set.of("variables", "withVariablesInReturn"), null);
        }
      }
      case "complete", "resolve" -> {
        if (method.equals("POST") && size == 3) {
          // a completion's variables are set on the process, as Camunda documents: a field the task holds
          // itself (set by its create listeners) would keep its old value, and the submission would be lost
          Verdict verdict = submission(task, body, Set.of("variables", "withVariablesInReturn"), null);
          List<String> held = new ArrayList<>();
          parse(body).path("variables").fieldNames().forEachRemaining(name -> {
            if (tasks.getVariableLocal(task.getId(), name) != null) {
              held.add(name);
            }
          });
          return verdict != Verdict.PASS || held.isEmpty() ? verdict
              : Verdict.invalid("Поля «" + String.join("», «", held) + "» эта задача держит у себя: отправьте форму "
                  + "через /submit-form, /" + action + " записал бы их в переменные процесса.");
        }
      }
      case "variables", "localVariables" -> {
        return variables(method, path, task, body);
      }
      case "comment", "attachment" -> {
        boolean create = method.equals("POST") && size == 4 && path.get(3).equals("create");
        boolean delete = method.equals("DELETE") && action.equals("attachment") && size == 4;
        if (create || delete) {
          return worksOn(task, caller) ? Verdict.PASS
              : Verdict.refused("Комментарии и файлы задачи меняет тот, кто её выполняет.");
        }
      }
      case "", "assignee", "delegate", "identity-links" -> {
        boolean update = method.equals("PUT") && size == 2
            || method.equals("POST") && (size == 3 || size == 4 && path.get(3).equals("delete"));
        if (update && caller.isManager()) {
          return Verdict.PASS;
        }
      }
      default -> {
        // refused below
      }
    }
    return Verdict.refused("Этот запрос к задаче доступен только администратору.");
  }

  /** Variables of a task set, changed or deleted one by one: only its form's fields, keeping their rules. */
  private Verdict variables(String method, List<String> path, Task task, byte[] body) {
    int size = path.size();
    DeclaredForm form = forms.ofTask(task);
    if (size == 4 && (method.equals("PUT") || method.equals("DELETE"))) {
      String name = path.get(3);
      if (!form.variableNames().contains(name)) {
        return Verdict.invalid(notDeclared(List.of(name)));
      }
      if (method.equals("DELETE")) {
        return Verdict.PASS;
      }
      ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
      wrapped.set(name, parse(body));
      return checked(form, task, wrapped, false);
    }
    if (size == 3 && method.equals("POST")) {
      JsonNode request = parse(body);
      List<String> deletions = new ArrayList<>();
      request.path("deletions").forEach(name -> deletions.add(name.asText()));
      List<String> undeclared = FormRules.undeclared(form, Set.copyOf(deletions));
      if (!undeclared.isEmpty()) {
        return Verdict.invalid(notDeclared(undeclared));
      }
      JsonNode modifications = request.path("modifications");
      return modifications.isMissingNode() || modifications.isNull() ? Verdict.PASS
          : checked(form, task, modifications, false);
    }
    return Verdict.refused("Двоичные значения переменных задачи меняет только администратор.");
  }

  private Verdict submission(Task task, byte[] body, Set<String> allowedKeys, String definitionId) {
    JsonNode request = parse(body);
    if (!request.isObject()) {
      return Verdict.invalid("Тело запроса должно быть объектом JSON.");
    }
    for (Iterator<String> keys = request.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (key.equals("businessKey")) {
        if (!request.get(key).isNull() && !request.get(key).asText().isBlank()) {
          return Verdict.invalid("Бизнес-ключ процесса задаёт система: оставьте поле «Бизнес-ключ» пустым.");
        }
      } else if (!allowedKeys.contains(key)) {
        return Verdict.invalid("Параметр «" + key + "» в этом запросе не принимается.");
      }
    }
    JsonNode variables = request.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return Verdict.invalid("Поле «variables» должно быть объектом JSON.");
    }
    DeclaredForm form = task != null ? forms.ofTask(task) : forms.ofStart(definitionId);
    return checked(form, task, variables.isObject() ? variables : JsonNodeFactory.instance.objectNode(), true);
  }

  /** The submitted variables against the form: declared names, then each field's rules. */
  private Verdict checked(DeclaredForm form, Task task, JsonNode variables, boolean whole) {
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    List<String> undeclared = FormRules.undeclared(form, Set.copyOf(names));
    if (!undeclared.isEmpty()) {
      return Verdict.invalid(notDeclared(undeclared));
    }
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (String name : names) {
      values.put(name, value(form, name, variables.get(name), problems));
    }
    if (problems.isEmpty()) {
      Function<String, JsonNode> current = name -> task == null ? null : currentValue(task, name);
      problems.addAll(FormRules.problems(form, values, current, whole));
    }
    return problems.isEmpty() ? Verdict.PASS
        : Verdict.invalid("Данные формы не приняты: " + String.join("; ", problems) + ".");
  }

  private static String title(DeclaredForm form, String name) {
    DeclaredForm.Field field = form.field(name);
    return field == null ? name : field.title();
  }

  /** A submitted variable's value as JSON: a Json variable's text read as JSON. */
  private static JsonNode value(DeclaredForm form, String name, JsonNode variable, List<String> problems) {
    if (variable == null || !variable.isObject()) {
      problems.add("Поле «" + title(form, name) + "»: ожидается объект с полями value и type");
      return null;
    }
    String type = variable.path("type").asText("");
    JsonNode value = variable.path("value");
    switch (type.toLowerCase()) {
      case "json", "object" -> {
        if (type.equalsIgnoreCase("object")
            && !variable.path("valueInfo").path("serializationDataFormat").asText("").equals("application/json")) {
          problems.add("Поле «" + title(form, name) + "»: недопустимый тип значения «" + type + "»");
          return null;
        }
        if (!value.isTextual()) {
          return value;
        }
        try {
          return JSON.readTree(value.asText());
        } catch (IOException e) {
          problems.add("Поле «" + title(form, name) + "»: значение не в формате JSON");
          return null;
        }
      }
      case "null" -> {
        return null;
      }
      case "", "string", "boolean", "integer", "long", "short", "double", "date" -> {
        return value.isMissingNode() ? null : value;
      }
      default -> {
        problems.add("Поле «" + title(form, name) + "»: недопустимый тип значения «" + type + "»");
        return null;
      }
    }
  }

  private JsonNode currentValue(Task task, String name) {
    Object value = tasks.getVariable(task.getId(), name);
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return JSON.valueToTree(value);
    }
    try {
      return JSON.readTree(value.toString());
    } catch (IOException e) {
      return JsonNodeFactory.instance.textNode(value.toString());
    }
  }

  private Verdict start(List<String> path, byte[] body) {
    ProcessDefinition definition;
    if (path.size() == 3) {
      definition = repository.createProcessDefinitionQuery().processDefinitionId(path.get(1)).singleResult();
    } else if (path.size() == 4 && path.get(1).equals("key")) {
      definition = repository.createProcessDefinitionQuery().processDefinitionKey(path.get(2)).latestVersion()
          .withoutTenantId().singleResult();
    } else {
      return Verdict.refused("Этот запрос к API движка доступен только администратору.");
    }
    if (definition == null) {
      return Verdict.PASS;
    }
    return submission(null, body, Set.of("variables", "withVariablesInReturn"), definition.getId());
  }

  private boolean exists(String taskId) {
    return TaskAsItIs.find(identity, tasks, taskId) != null;
  }

  /** Whether the caller does this task's work: its assignee, a candidate, or a coordinator. */
  private boolean worksOn(Task task, Caller caller) {
    if (caller.userId().equals(task.getAssignee()) || caller.worksOnEveryTask()) {
      return true;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (caller.userId().equals(link.getUserId()) || link.getGroupId() != null
          && caller.groups().contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  private static String notDeclared(List<String> names) {
    return "Данные формы не приняты: форма этой задачи не содержит " + (names.size() == 1 ? "поля «" + names.get(0)
        + "»" : "полей «" + String.join("», «", names) + "»") + ". Отправляйте только поля формы.";
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JsonNodeFactory.instance.textNode("");
    }
  }

  private <T> T asCaller(Caller caller, java.util.function.Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groups());
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  /**
   * The call's path below the engine, split at its slashes and decoded, or null when it does not
   * address the engine's API.
   */
  static List<String> enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String rest;
    if (uri.startsWith("/engine-rest/engine/")) {
      rest = afterEngineName(uri.substring("/engine-rest/engine/".length()));
    } else if (uri.startsWith("/engine-rest/")) {
      rest = uri.substring("/engine-rest/".length());
    } else if (uri.startsWith("/camunda/api/engine/engine/")) {
      rest = afterEngineName(uri.substring("/camunda/api/engine/engine/".length()));
    } else {
      return null;
    }
    if (rest == null) {
      return List.of();
    }
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return rest.isEmpty() ? List.of() : Arrays.stream(rest.split("/", -1))
        .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
  }

  private static String afterEngineName(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? null : path.substring(slash + 1);
  }

  /** Who calls: the webapps' session, or the HTTP Basic login the engine's REST filter took. */
  private Caller caller(HttpServletRequest request, List<String> path) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      List<String> groups = current.getGroupIds() != null ? current.getGroupIds()
          : identity.createGroupQuery().groupMember(current.getUserId()).list().stream().map(Group::getId).toList();
      return new Caller(current.getUserId(), groups);
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    org.camunda.bpm.webapp.impl.security.auth.Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine("default");
    return authentication instanceof UserAuthentication user
        ? new Caller(user.getIdentityId(), List.copyOf(user.getGroupIds())) : null;
  }

  private static boolean hasJsonBody(HttpServletRequest request) {
    String type = request.getContentType();
    return !request.getMethod().equals("GET") && (type == null || !type.toLowerCase().startsWith("multipart/"));
  }

  private static void answer(HttpServletResponse response, Verdict verdict) throws IOException {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("type", verdict.status() == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException"
        : verdict.status() == HttpServletResponse.SC_NOT_FOUND ? "NotFoundException" : "InvalidRequestException");
    error.put("message", verdict.message());
    error.putNull("code");
    response.setStatus(verdict.status());
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(error));
  }

  /** The request with its body read once by the gate and read again by the engine. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
