package ru.schoolsupport.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory into the engine's users and groups: a group per role and per school, a user
 * per person, member of their role's group and of their school's. Only the groups the directory
 * manages are touched; passwords are never set here (the administrator or LDAP owns them). With a
 * read-only identity provider (LDAP) nothing is written.
 */
@Component
public class CamundaIdentitySync {

  public static final String ROLE_GROUP_TYPE = "role";

  private final IdentityService identity;

  public CamundaIdentitySync(IdentityService identity) {
    this.identity = identity;
  }

  public void syncRoleGroups() {
    if (identity.isReadOnly()) {
      return;
    }
    Map<String, Group> existing = groupsById();
    for (Role role : Role.values()) {
      saveGroup(existing.get(role.groupId()), role.groupId(), role.groupName(), ROLE_GROUP_TYPE);
    }
  }

  public void syncSchoolGroups(Collection<School> schools) {
    if (identity.isReadOnly()) {
      return;
    }
    Map<String, Group> existing = groupsById();
    for (School school : schools) {
      String groupId = SchoolGroups.groupId(school.code());
      saveGroup(existing.get(groupId), groupId, SchoolGroups.groupName(school), SchoolGroups.TYPE);
    }
  }

  public void syncUsers(Collection<Person> people) {
    if (identity.isReadOnly()) {
      // LDAP or another read-only identity provider owns accounts and memberships
      return;
    }
    syncRoleGroups();
    Set<String> managedRoleGroups = java.util.Arrays.stream(Role.values()).map(Role::groupId)
        .collect(Collectors.toSet());
    Map<String, User> users = identity.createUserQuery().list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    for (Person person : people) {
      User user = users.get(person.login());
      if (user == null) {
        user = identity.newUser(person.login());
        copy(person, user);
        identity.saveUser(user);
      } else if (!sameAs(person, user)) {
        copy(person, user);
        identity.saveUser(user);
      }
      Set<String> wanted = new HashSet<>();
      wanted.add(person.role().groupId());
      if (person.schoolCode() != null) {
        wanted.add(SchoolGroups.groupId(person.schoolCode()));
      }
      Set<String> current = identity.createGroupQuery().groupMember(person.login()).list().stream()
          .map(Group::getId).collect(Collectors.toSet());
      for (String groupId : current) {
        boolean managed = managedRoleGroups.contains(groupId) || SchoolGroups.isSchoolGroup(groupId);
        if (managed && !wanted.contains(groupId)) {
          identity.deleteMembership(person.login(), groupId);
        }
      }
      for (String groupId : wanted) {
        if (!current.contains(groupId)) {
          identity.createMembership(person.login(), groupId);
        }
      }
    }
  }

  private void saveGroup(Group group, String id, String name, String type) {
    if (group == null) {
      group = identity.newGroup(id);
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private Map<String, Group> groupsById() {
    List<Group> groups = identity.createGroupQuery().list();
    return groups.stream().collect(Collectors.toMap(Group::getId, Function.identity()));
  }

  private static void copy(Person person, User user) {
    user.setFirstName(firstNames(person));
    user.setLastName(person.lastName());
    user.setEmail(person.email());
  }

  private static boolean sameAs(Person person, User user) {
    return Objects.equals(user.getFirstName(), firstNames(person))
        && Objects.equals(user.getLastName(), person.lastName())
        && Objects.equals(user.getEmail(), person.email());
  }

  private static String firstNames(Person person) {
    return person.middleName() == null ? person.firstName() : person.firstName() + " " + person.middleName();
  }
}
