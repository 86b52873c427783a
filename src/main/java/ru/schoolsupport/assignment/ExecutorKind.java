package ru.schoolsupport.assignment;

/** Who carries out an assignment: one person, a role's group, or a school's people. */
public enum ExecutorKind {
  PERSON,
  GROUP,
  SCHOOL
}
