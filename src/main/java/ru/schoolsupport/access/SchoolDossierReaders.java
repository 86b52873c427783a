package ru.schoolsupport.access;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import ru.schoolsupport.directory.Role;
import ru.schoolsupport.directory.SchoolGroups;
import ru.schoolsupport.listformation.CycleSchool;

/**
 * Who may open one school's dossier in a cycle, record a visit on it or watch it. The municipality's
 * managers (head, deputy head, coordinators), the base organisation (methodists) and the administrators
 * see every school's; the school's curator and its mentor school's people see that school's; the school's
 * own people see their own. Nobody else: not another school, not another school's curator (unlike
 * {@link MunicipalityReaders}, which lets every curator see the whole municipality side by side).
 */
public final class SchoolDossierReaders {

  /** The groups whose members see every school's dossier. */
  public static final Set<String> EVERY_SCHOOL = Set.of(Role.HEAD.groupId(), Role.CONTROLLER.groupId(),
      Role.COORDINATOR.groupId(), Role.METHODIST.groupId(), Groups.CAMUNDA_ADMIN);

  /** «Досье школы доступно …» */
  public static final String REFUSAL = "Досье школы доступно руководителям управления образования, координаторам, "
      + "методистам, куратору школы, школе-наставнику и самой школе.";
  public static final String NOTE_REFUSAL = "Посещения и контакты записывают куратор школы, муниципальный координатор "
      + "и школа-наставник.";
  public static final String WATCH_REFUSAL = "Следить за школой могут руководители управления образования, "
      + "координаторы, методисты, куратор школы и школа-наставник.";

  private SchoolDossierReaders() {
  }

  /** Whether the logged-in user may read this school's dossier. */
  public static boolean mayRead(IdentityService identity, CycleSchool school) {
    return supervises(identity, school) || inGroup(identity, SchoolGroups.groupId(school.schoolCode()));
  }

  /** The managers, methodists, the school's curator and its mentor school: not the school itself. */
  public static boolean supervises(IdentityService identity, CycleSchool school) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return false;
    }
    if (CurrentUser.inAnyGroup(identity, EVERY_SCHOOL)) {
      return true;
    }
    if (school.curatorLogin() != null && school.curatorLogin().equals(current.getUserId())) {
      return true;
    }
    return school.mentorSchoolCode() != null && inGroup(identity, SchoolGroups.groupId(school.mentorSchoolCode()));
  }

  /** The curator of the school, the coordinators and the mentor school's people record visits and contacts. */
  public static boolean mayRecordNotes(IdentityService identity, CycleSchool school) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return false;
    }
    return CurrentUser.inAnyGroup(identity, List.of(Role.COORDINATOR.groupId()))
        || (school.curatorLogin() != null && school.curatorLogin().equals(current.getUserId()))
        || (school.mentorSchoolCode() != null && inGroup(identity, SchoolGroups.groupId(school.mentorSchoolCode())));
  }

  /** Whether the logged-in user sees every school (and so every school's row of the monitoring page). */
  public static boolean seesEverySchool(IdentityService identity) {
    return CurrentUser.inAnyGroup(identity, EVERY_SCHOOL);
  }

  private static boolean inGroup(IdentityService identity, String group) {
    return CurrentUser.inAnyGroup(identity, List.of(group));
  }
}
