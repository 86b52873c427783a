package ru.schoolsupport.directory;

/** A person of the municipality's staff or of a school; becomes a Camunda user with the same login. */
public record Person(
    Long id,
    String login,
    String lastName,
    String firstName,
    String middleName,
    String position,
    String email,
    Role role,
    String schoolCode,
    String positionGenitive) {

  /** A person whose position's genitive the directory does not give. */
  public Person(Long id, String login, String lastName, String firstName, String middleName, String position,
      String email, Role role, String schoolCode) {
    this(id, login, lastName, firstName, middleName, position, email, role, schoolCode, null);
  }

  /** «Иванова Е. В.», as orders name people. */
  public String shortName() {
    StringBuilder name = new StringBuilder(lastName);
    if (firstName != null && !firstName.isBlank()) {
      name.append(' ').append(firstName.charAt(0)).append('.');
      if (middleName != null && !middleName.isBlank()) {
        name.append(middleName.charAt(0)).append('.');
      }
    }
    return name.toString();
  }

  /** «Иванова Елена Викторовна». */
  public String fullName() {
    return String.join(" ", lastName, firstName, middleName == null ? "" : middleName).trim();
  }

  boolean sameAs(Person other) {
    return withId(null).equals(other.withId(null));
  }

  Person withId(Long newId) {
    return new Person(newId, login, lastName, firstName, middleName, position, email, role, schoolCode,
        positionGenitive);
  }
}
