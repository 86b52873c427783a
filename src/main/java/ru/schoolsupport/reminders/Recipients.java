package ru.schoolsupport.reminders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.Person;
import ru.schoolsupport.directory.School;

/**
 * Who people are, for one scan: users and group members from the engine's identity service (so an
 * LDAP directory works too), names from our directory, each group asked once and users in bulk.
 */
@Component
public class Recipients {

  private final IdentityService identity;
  private final DirectoryRepository directory;

  public Recipients(IdentityService identity, DirectoryRepository directory) {
    this.identity = identity;
    this.directory = directory;
  }

  /** A fresh lookup: what it learns is kept until the scan ends. */
  public Lookup lookup() {
    return new Lookup();
  }

  public class Lookup {

    private final Map<String, Person> people = directory.peopleByLogin();
    private final Map<String, School> schools = directory.schoolsByCode();
    private final Map<String, Optional<Recipient>> users = new HashMap<>();
    private final Map<String, List<Recipient>> groups = new HashMap<>();
    private Map<String, String> groupNames;

    /** Reads the given users at once, so later {@link #user} calls ask nothing. */
    public void prefetch(Collection<String> logins) {
      List<String> missing = logins.stream().filter(l -> l != null && !users.containsKey(l)).distinct().toList();
      for (List<String> chunk : OpenTasks.chunks(missing)) {
        identity.createUserQuery().userIdIn(chunk.toArray(String[]::new)).list()
            .forEach(user -> users.put(user.getId(), recipient(user)));
        chunk.forEach(login -> users.putIfAbsent(login, Optional.empty()));
      }
    }

    public Optional<Recipient> user(String login) {
      if (!users.containsKey(login)) {
        prefetch(List.of(login));
      }
      return users.get(login);
    }

    /** The members of a group that have an address. */
    public List<Recipient> members(String groupId) {
      return groups.computeIfAbsent(groupId, id -> {
        List<Recipient> members = new ArrayList<>();
        for (User user : identity.createUserQuery().memberOfGroup(id).orderByUserId().asc().list()) {
          Optional<Recipient> recipient = recipient(user);
          users.putIfAbsent(user.getId(), recipient);
          recipient.ifPresent(members::add);
        }
        return members;
      });
    }

    public String groupName(String groupId) {
      if (groupNames == null) {
        groupNames = new HashMap<>();
        identity.createGroupQuery().list().forEach(g -> groupNames.put(g.getId(), nameOf(g)));
      }
      return groupNames.getOrDefault(groupId, groupId);
    }

    /** The school's short name («МОБУ СОШ № 6»), or its code if the directory does not know it. */
    public String schoolName(String code) {
      if (code == null) {
        return null;
      }
      School school = schools.get(code);
      return school == null ? code : school.shortName();
    }

    /** «Иванова Е. В.» for a login, as the text of a letter names a person. */
    public String personName(String login) {
      Person person = people.get(login);
      if (person != null) {
        return person.shortName();
      }
      return user(login).map(Recipient::name).orElse(login);
    }

    private Optional<Recipient> recipient(User user) {
      String email = user.getEmail();
      Person person = people.get(user.getId());
      if ((email == null || email.isBlank()) && person != null) {
        email = person.email();
      }
      if (email == null || email.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(new Recipient(user.getId(), email, greeting(user, person)));
    }

    private static String greeting(User user, Person person) {
      if (person != null && person.firstName() != null && !person.firstName().isBlank()) {
        return (person.firstName() + " " + (person.middleName() == null ? "" : person.middleName())).strip();
      }
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).strip();
      return name.isEmpty() ? user.getId() : name;
    }

    private static String nameOf(Group group) {
      return group.getName() == null ? group.getId() : group.getName();
    }
  }
}
