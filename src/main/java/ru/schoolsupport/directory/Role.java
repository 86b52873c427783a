package ru.schoolsupport.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the yearly cycle. Each role is a Camunda group with a stable id; a school's people
 * are also members of their school's group ({@link SchoolGroups}).
 */
public enum Role {
  HEAD("heads", "Начальник управления образования", "Руководство управления образования"),
  CONTROLLER("controllers", "Заместитель начальника (контроль исполнения)", "Контроль исполнения"),
  COORDINATOR("coordinators", "Муниципальный координатор", "Муниципальные координаторы"),
  METHODIST("methodists", "Методист", "Методисты"),
  CURATOR("curators", "Куратор", "Кураторы"),
  SECRETARY("secretaries", "Секретарь коллегии", "Секретари коллегии"),
  DIRECTOR("directors", "Директор школы", "Директора школ"),
  SCHOOL_STAFF("school-staff", "Сотрудник школы", "Сотрудники школ");

  private final String groupId;
  private final String title;
  private final String groupName;

  Role(String groupId, String title, String groupName) {
    this.groupId = groupId;
    this.title = title;
    this.groupName = groupName;
  }

  /** The Camunda group id, stable across imports and releases. */
  public String groupId() {
    return groupId;
  }

  /** The role as a person holds it, in Russian. */
  public String title() {
    return title;
  }

  /** The Camunda group's display name, in Russian. */
  public String groupName() {
    return groupName;
  }

  /** Whether a person in this role belongs to a school (and must name it). */
  public boolean belongsToSchool() {
    return this == DIRECTOR || this == SCHOOL_STAFF;
  }

  /** Managers see every process instance and task of the municipality. */
  public boolean isManager() {
    return this == HEAD || this == CONTROLLER || this == COORDINATOR;
  }

  /** Reads a role as a department writes it: the Russian title, the code or the group id. */
  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = normalise(text);
    return Arrays.stream(values())
        .filter(role -> normalise(role.title).equals(wanted) || normalise(role.name()).equals(wanted)
            || normalise(role.groupId).equals(wanted) || aliasOf(role, wanted))
        .findFirst();
  }

  private static boolean aliasOf(Role role, String wanted) {
    return switch (role) {
      case HEAD -> wanted.equals("начальник") || wanted.equals("начальник управления");
      case CONTROLLER -> wanted.equals("заместитель начальника") || wanted.equals("контролер");
      case COORDINATOR -> wanted.equals("координатор");
      case DIRECTOR -> wanted.equals("директор");
      case SCHOOL_STAFF -> wanted.equals("заместитель директора") || wanted.equals("сотрудник");
      default -> false;
    };
  }

  private static String normalise(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('_', ' ').replaceAll("\\s+", " ");
  }
}
