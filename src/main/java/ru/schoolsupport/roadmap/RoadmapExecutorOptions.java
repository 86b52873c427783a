package ru.schoolsupport.roadmap;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.School;

/**
 * The lists an item's executors are chosen from on the roadmap's page: the directory's people, the role
 * groups, the schools and the base organisation. The server checks a choice against the directory again
 * ({@link RoadmapService#checkItem}); these lists only spare the editor typing codes.
 */
@Component
class RoadmapExecutorOptions {

  private final DirectoryRepository directory;
  private final RoadmapSettings settings;

  RoadmapExecutorOptions(DirectoryRepository directory, RoadmapSettings settings) {
    this.directory = directory;
    this.settings = settings;
  }

  Map<String, Object> all() {
    Map<String, School> schools = directory.schoolsByCode();
    List<Map<String, Object>> people = directory.findPeople().stream()
        .sorted(Comparator.comparing(Person::lastName).thenComparing(Person::login))
        .map(p -> RoadmapController.map("ref", p.login(), "name", p.shortName() + " — "
            + (p.position() != null ? p.position() : p.role().title())
            + (p.schoolCode() != null && schools.containsKey(p.schoolCode())
                ? ", " + schools.get(p.schoolCode()).shortName() : "")))
        .toList();
    List<Map<String, Object>> groups = Arrays.stream(Role.values())
        .map(r -> RoadmapController.map("ref", r.groupId(), "name", r.groupName())).toList();
    List<Map<String, Object>> schoolList = schools.values().stream().sorted(Comparator.comparing(School::shortName))
        .map(s -> RoadmapController.map("ref", s.code(), "name", s.shortName())).toList();
    return RoadmapController.map("PERSON", people, "GROUP", groups, "SCHOOL", schoolList, "BASE",
        List.of(RoadmapController.map("ref", RoadmapExecutorKind.BASE_REF, "name", settings.baseOrganisation())),
        "stages", List.of(RoadmapController.map("value", 1, "name", RoadmapService.stageTitle(1)),
            RoadmapController.map("value", 2, "name", RoadmapService.stageTitle(2)),
            RoadmapController.map("value", 0, "name", RoadmapService.stageTitle(0))));
  }
}
