package ru.schoolsupport.roadmap;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.MunicipalityReaders;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.SchoolGroups;

/**
 * Who may do what with the roadmap and the events register. The department's staff
 * ({@link MunicipalityReaders}) read all of it; the managers and the base organisation (methodists) edit
 * a draft; after approval the coordinators change it (their changes issue assignments). Anyone else —
 * a school's people, the collegium's secretary — sees the items they carry out (as a person, through
 * their role's group or their school) and the events their school took part in or they entered.
 */
@Component
public class RoadmapAccess {

  static final Set<String> DRAFT_EDITORS = Set.of(Role.HEAD.groupId(), Role.CONTROLLER.groupId(),
      Role.COORDINATOR.groupId(), Role.METHODIST.groupId(), Groups.CAMUNDA_ADMIN);
  static final Set<String> APPROVED_EDITORS = Set.of(Role.COORDINATOR.groupId(), Groups.CAMUNDA_ADMIN);
  static final Set<String> ORDER_ATTACHERS = Set.of(Role.HEAD.groupId(), Role.COORDINATOR.groupId(),
      Groups.CAMUNDA_ADMIN);
  /** Who enters events: the coordinators, methodists, curators, and mentor schools' directors and staff. */
  static final Set<String> EVENT_AUTHORS = Set.of(Role.COORDINATOR.groupId(), Role.METHODIST.groupId(),
      Role.CURATOR.groupId(), Role.DIRECTOR.groupId(), Role.SCHOOL_STAFF.groupId(), Groups.CAMUNDA_ADMIN);
  /** Who may change or remove any event, not only their own. */
  static final Set<String> EVENT_MANAGERS = Set.of(Role.COORDINATOR.groupId(), Groups.CAMUNDA_ADMIN);

  private final IdentityService identity;

  public RoadmapAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** Thrown when the user may not: answered 403 with the message in Russian. */
  public static class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  public String login() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  public List<String> groups() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
  }

  public boolean readsAll() {
    return MunicipalityReaders.includeCurrentUser(identity);
  }

  public void requireEdit(RoadmapStatus status) {
    Set<String> editors = status == RoadmapStatus.APPROVED ? APPROVED_EDITORS : DRAFT_EDITORS;
    if (groups().stream().noneMatch(editors::contains)) {
      throw new Refused(status == RoadmapStatus.APPROVED
          ? "Изменения в утверждённую дорожную карту вносит муниципальный координатор."
          : "Дорожную карту составляют руководители управления образования, координаторы и методисты базовой "
              + "организации.");
    }
  }

  public boolean mayEdit(RoadmapStatus status) {
    Set<String> editors = status == RoadmapStatus.APPROVED ? APPROVED_EDITORS : DRAFT_EDITORS;
    return groups().stream().anyMatch(editors::contains);
  }

  /** The head (who approves it) and the coordinators attach the approved roadmap to the cycle's order. */
  public boolean mayAttachToOrder() {
    return groups().stream().anyMatch(ORDER_ATTACHERS::contains);
  }

  /** Whether the user carries out this executor's part: the person, a member of the group or of the school. */
  public boolean isExecutor(ItemExecutor executor) {
    return switch (executor.kind()) {
      case PERSON -> executor.ref().equals(login());
      case GROUP -> groups().contains(executor.ref());
      case SCHOOL -> groups().contains(SchoolGroups.groupId(executor.ref()));
      case BASE -> groups().contains(Role.METHODIST.groupId());
    };
  }

  public boolean sees(RoadmapItem item) {
    return readsAll() || item.executors().stream().anyMatch(this::isExecutor);
  }

  /** The schools whose group the user is in (their own school, for a school's people). */
  public List<String> ownSchools() {
    return groups().stream().filter(SchoolGroups::isSchoolGroup).map(g -> g.substring(SchoolGroups.PREFIX.length()))
        .toList();
  }

  public void requireEventAuthor() {
    if (groups().stream().noneMatch(EVENT_AUTHORS::contains)) {
      throw new Refused("Мероприятия в реестр вносят координатор, методисты, кураторы и школы-наставники.");
    }
  }

  public boolean managesEvents() {
    return groups().stream().anyMatch(EVENT_MANAGERS::contains);
  }
}
