package ru.schoolsupport.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.assignment.ReportAttachments;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.mail.PublicLinks;
import ru.schoolsupport.process.FormInputException;
import ru.schoolsupport.process.Markdown;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.roadmap.RoadmapRepository.Evidence;

/**
 * A file as the evidence of an executor's completion mark (issue 24): a PDF, DOCX, XLSX, JPG or PNG of at
 * most 5 MB, checked by its name and its first bytes, kept in {@code ss_roadmap_evidence} with the mark's
 * assignment. Only the executor whose part the mark is (the person, a member of the group or school, the
 * methodists for the base organisation) or a coordinator uploads it, and only while the mark is not yet
 * accepted; a new file replaces the previous one. Whoever sees the item downloads it. The executor's and
 * the coordinator's tasks name it ({@link ReportAttachments}).
 */
@Service
public class RoadmapEvidence implements ReportAttachments {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "png", "image/png");
  static final String KINDS = "PDF, DOCX, XLSX, JPG или PNG";

  private final RoadmapRepository repository;
  private final RoadmapAccess access;
  private final PublicLinks links;
  private final WorkCalendar calendar;

  public RoadmapEvidence(RoadmapRepository repository, RoadmapAccess access, PublicLinks links, WorkCalendar calendar) {
    this.repository = repository;
    this.access = access;
    this.links = links;
    this.calendar = calendar;
  }

  /**
   * Keeps the file as the evidence of a mark on the item: of the executor's own part ({@code assignmentId}
   * may be null when the user carries out only one part of the item). Returns the kept file.
   */
  @Transactional
  public Evidence upload(long cycleId, long itemId, Long assignmentId, String fileName, byte[] content) {
    Roadmap roadmap = repository.findByCycle(cycleId).orElseThrow(() -> new RoadmapController.NotFound(
        "У цикла " + cycleId + " ещё нет дорожной карты."));
    RoadmapItem item = repository.items(roadmap.id()).stream().filter(i -> i.id() == itemId).findFirst()
        .orElseThrow(() -> new RoadmapController.NotFound("Мероприятие " + itemId + " не найдено в дорожной карте."));
    boolean coordinator = coordinates(roadmap);
    List<ItemExecutor> mine = item.executors().stream().filter(e -> e.assignmentId() != null)
        .filter(e -> coordinator || access.isExecutor(e))
        .filter(e -> assignmentId == null || assignmentId.equals(e.assignmentId())).toList();
    if (mine.isEmpty()) {
      if (item.executors().stream().noneMatch(e -> e.assignmentId() != null)) {
        throw new FormInputException("мероприятие ещё не на исполнении: файл прикладывается к отметке о выполнении "
            + "после утверждения дорожной карты");
      }
      throw new RoadmapAccess.Refused("Файл к отметке о выполнении прикладывает её исполнитель или координатор: "
          + "это мероприятие (или эта часть его) вам не поручено.");
    }
    if (mine.size() > 1) {
      throw new FormInputException("у мероприятия несколько исполнителей: укажите, к чьей отметке файл (поле "
          + "«assignment»)");
    }
    ItemExecutor executor = mine.get(0);
    ItemMark mark = repository.marks(roadmap.id()).stream()
        .filter(m -> executor.assignmentId().equals(m.assignmentId())).findFirst().orElseThrow();
    if (mark.closed()) {
      throw new FormInputException("отметка о выполнении уже принята координатором: файл к ней не меняется");
    }
    String name = checkedName(fileName);
    String extension = extension(name);
    check(extension, content);
    repository.saveEvidence(executor.assignmentId(), itemId, name, TYPES.get(extension), content, access.login(),
        calendar.now().toInstant());
    return repository.evidenceOf(executor.assignmentId()).orElseThrow();
  }

  /** The file and its content, if the user sees its item (403 otherwise, 404 for an unknown file). */
  public Map.Entry<Evidence, byte[]> download(long cycleId, long evidenceId) {
    Roadmap roadmap = repository.findByCycle(cycleId).orElseThrow(() -> new RoadmapController.NotFound(
        "У цикла " + cycleId + " ещё нет дорожной карты."));
    Evidence evidence = repository.evidence(evidenceId).orElseThrow(
        () -> new RoadmapController.NotFound("Файл " + evidenceId + " не найден."));
    RoadmapItem item = repository.items(roadmap.id()).stream().filter(i -> i.id() == evidence.itemId()).findFirst()
        .orElseThrow(() -> new RoadmapController.NotFound("Файл " + evidenceId + " не найден в этой дорожной карте."));
    if (!access.sees(item)) {
      throw new RoadmapAccess.Refused("Файл относится к мероприятию, которое вам не поручено.");
    }
    return Map.entry(evidence, repository.evidenceContent(evidenceId));
  }

  /** The marks this user may attach a file to: their own (or, for a coordinator, any) not yet accepted. */
  public List<ItemMark> uploadable(RoadmapService.RoadmapView view) {
    boolean coordinator = coordinates(view.roadmap());
    List<ItemMark> marks = new java.util.ArrayList<>();
    for (RoadmapItem item : view.items()) {
      for (ItemExecutor e : item.executors()) {
        view.marks().getOrDefault(item.id(), List.of()).stream()
            .filter(m -> m.kind() == e.kind() && m.ref().equals(e.ref()))
            .filter(m -> m.assignmentId() != null && !m.closed())
            .filter(m -> coordinator || access.isExecutor(e))
            .findFirst().ifPresent(marks::add);
      }
    }
    return marks;
  }

  private boolean coordinates(Roadmap roadmap) {
    List<String> groups = access.groups();
    return groups.contains(Role.COORDINATOR.groupId()) || groups.contains("camunda-admin")
        || (roadmap.coordinatorLogin() != null && roadmap.coordinatorLogin().equals(access.login()));
  }

  static String checkedName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new FormInputException("файл: не передано имя файла");
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    name = name.replaceAll("[\\p{Cntrl}\"]", "_");
    if (name.isEmpty()) {
      throw new FormInputException("файл: не передано имя файла");
    }
    if (name.length() > 200) {
      String extension = extension(name);
      name = name.substring(0, 190) + "." + extension;
    }
    return name;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The kind by the name and the first bytes: a renamed file of another kind is refused. */
  static void check(String extension, byte[] content) {
    if (!TYPES.containsKey(extension)) {
      throw new FormInputException("файл: подтверждением может быть " + KINDS + "; «." + extension
          + "» не принимается");
    }
    if (content == null || content.length == 0) {
      throw new FormInputException("файл: файл пустой");
    }
    if (content.length > MAX_BYTES) {
      throw new FormInputException("файл: больше 5 МБ");
    }
    boolean matches = switch (extension) {
      case "pdf" -> startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
      case "docx", "xlsx" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
      case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      default -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    };
    if (!matches) {
      throw new FormInputException("файл: содержимое не похоже на " + extension.toUpperCase(Locale.ROOT)
          + " — сохраните документ заново в этом формате");
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The page of the roadmap, for the executor's task: the file is attached there. */
  @Override
  public String whereToAttach(long assignmentId) {
    return repository.itemOfAssignment(assignmentId).flatMap(repository::roadmapOfItem).flatMap(repository::find)
        .map(r -> {
          String page = links.base() + "/app/cycles/" + r.cycleId() + "/roadmap";
          return "**Файл-подтверждение** (" + KINDS + ", до 5 МБ) прикладывается к отметке на странице дорожной "
              + "карты: [" + page + "](" + page + ") — кнопка «Приложить файл» у вашего мероприятия.";
        }).orElse("");
  }

  @Override
  public String attached(long assignmentId) {
    Optional<Evidence> evidence = repository.evidenceOf(assignmentId);
    if (evidence.isEmpty()) {
      return "";
    }
    return repository.roadmapOfItem(evidence.get().itemId()).flatMap(repository::find).map(r -> {
      String url = links.base() + "/app/cycles/" + r.cycleId() + "/roadmap/evidence/" + evidence.get().id();
      return "**Файл-подтверждение:** [" + Markdown.inline(evidence.get().fileName()) + "](" + url + ")";
    }).orElse("");
  }
}
