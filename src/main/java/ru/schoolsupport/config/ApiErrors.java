package ru.schoolsupport.config;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/**
 * How our own controllers ({@code /api/**}, {@code /app/**}) answer what they cannot do: JSON with a
 * Russian {@code message}, 400 for bad input (a file refused by line, a form's problems, a parameter
 * that is not a number, a body that is not JSON, a value the database does not take), 413 for a file
 * over the upload limit, 403 for what the engine does not allow, and never the database's, the
 * engine's or Java's own words: those go to the log. {@code /engine-rest} and the Camunda webapps are
 * not Spring MVC controllers and keep their own answers.
 */
@RestControllerAdvice(basePackages = "ru.schoolsupport")
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private final DataSize maxFileSize;

  ApiErrors(MultipartProperties multipart) {
    this.maxFileSize = multipart.getMaxFileSize();
  }

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<Map<String, Object>> importRejected(ImportRejectedException e) {
    List<Map<String, Object>> problems = e.problems().stream().limit(ImportRejectedException.SHOWN)
        .map(p -> Map.<String, Object>of("line", p.line(), "message", p.message())).toList();
    return answer(HttpStatus.BAD_REQUEST, e.getMessage(),
        Map.of("problems", problems, "problemCount", e.problems().size()));
  }

  @ExceptionHandler(FormInputException.class)
  ResponseEntity<Map<String, Object>> formInput(FormInputException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage(), Map.of("problems", e.problems()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return answer(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(maxFileSize), Map.of());
  }

  /** The answer to a file over the upload limit (also {@link UploadSizeLimit}'s); no quotes or backslashes in it. */
  static String tooLarge(DataSize maxFileSize) {
    return "Файл не загружен, ничего не изменено: файл больше " + megabytes(maxFileSize) + ". Таблица школ столько "
        + "не весит (справочник на тысячу школ — меньше 2 МБ): сохраните в файл только нужный лист или разделите "
        + "таблицу на части.";
  }

  @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
  ResponseEntity<Map<String, Object>> noFile(Exception e) {
    return answer(HttpStatus.BAD_REQUEST, "Файл не передан: отправьте его как поле «file» формы "
        + "multipart/form-data (curl -F file=@таблица.xlsx …).", Map.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, "Не передан параметр «" + e.getParameterName() + "».", Map.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
    String value = String.valueOf(e.getValue());
    return answer(HttpStatus.BAD_REQUEST, "«" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
        + "» не подходит как «" + e.getName() + "»: ожидается " + expected(e.getRequiredType()) + ".", Map.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, "Тело запроса не читается: ожидается объект JSON в UTF-8, например "
        + "{\"delivery\":\"DIGEST\"}.", Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Этот адрес принимает Content-Type: "
        + String.join(" или ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList()) + ".", Map.of());
  }

  @ExceptionHandler(DateTimeParseException.class)
  ResponseEntity<Map<String, Object>> date(DateTimeParseException e) {
    return answer(HttpStatus.BAD_REQUEST, "Дата — в виде ГГГГ-ММ-ДД, например 2027-03-01.", Map.of());
  }

  /** Two people doing the same at the same moment (two coordinators pausing one school): the second is told. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<Map<String, Object>> doneMeanwhile(DuplicateKeyException e) {
    log.info("Done meanwhile by someone else: {}", e.getMostSpecificCause().getMessage());
    return answer(HttpStatus.CONFLICT, "То же самое только что сделал другой пользователь; ничего не изменено. "
        + "Обновите страницу, чтобы увидеть, что сохранено.", Map.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, Object>> notStored(DataIntegrityViolationException e) {
    log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
    return answer(HttpStatus.BAD_REQUEST, "Данные не сохранены, ничего не изменено: какое-то значение не подходит "
        + "(слишком длинный текст, повтор того, что уже есть, или ссылка на несуществующую запись).", Map.of());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> notAuthorized(AuthorizationException e) {
    log.info("Not authorized: {}", e.getMessage());
    return answer(HttpStatus.FORBIDDEN, "Недостаточно прав для этого действия.", Map.of());
  }

  /** Anything else: the status Spring gives it (404, 405, …) or 500, with a Russian word and the details in the log. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> other(Exception e) {
    HttpStatusCode status = e instanceof ErrorResponse known ? known.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.is5xxServerError()) {
      log.error("Request failed", e);
      return answer(status, "Запрос не выполнен из-за ошибки на сервере. Сообщите администратору время запроса.",
          Map.of());
    }
    return answer(status, switch (status.value()) {
      case 404 -> "Не найдено.";
      case 405 -> "Этот адрес не принимает такой метод запроса.";
      case 406 -> "Ответ в запрошенном формате не отдаётся.";
      default -> "Запрос не принят.";
    }, Map.of());
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatusCode status, String message,
      Map<String, Object> more) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.putAll(more);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static String megabytes(DataSize size) {
    return size.toMegabytes() > 0 ? size.toMegabytes() + " МБ" : size.toKilobytes() + " КБ";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "другое значение";
    }
    if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
      return "целое число";
    }
    return "другое значение";
  }
}
