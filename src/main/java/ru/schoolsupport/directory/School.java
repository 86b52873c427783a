package ru.schoolsupport.directory;

/** A school of the municipality, as the department's directory lists it. */
public record School(
    Long id,
    String code,
    String fullName,
    String shortName,
    String district,
    boolean canMentor,
    String email,
    String phone,
    String address) {

  /** The same school as another, ignoring the database id: used to tell an update from no change. */
  boolean sameAs(School other) {
    return withId(null).equals(other.withId(null));
  }

  School withId(Long newId) {
    return new School(newId, code, fullName, shortName, district, canMentor, email, phone, address);
  }
}
