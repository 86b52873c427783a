package ru.schoolsupport.directory;

/** Each school is a Camunda group: its people are members, its tasks name it as candidate group. */
public final class SchoolGroups {

  public static final String PREFIX = "school-";
  public static final String TYPE = "school";

  private SchoolGroups() {
  }

  public static String groupId(String schoolCode) {
    return PREFIX + schoolCode;
  }

  public static String groupName(School school) {
    return "Школа: " + school.shortName();
  }

  /** A school's group; not a role's group that happens to share the prefix («school-staff»). */
  public static boolean isSchoolGroup(String groupId) {
    return groupId != null && groupId.startsWith(PREFIX)
        && java.util.Arrays.stream(Role.values()).noneMatch(role -> role.groupId().equals(groupId));
  }
}
