package ru.schoolsupport.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A school's group is told from the role groups, even the one that shares its prefix. */
class SchoolGroupsTest {

  @Test
  void theSchoolStaffRoleIsNoSchool() {
    assertThat(SchoolGroups.isSchoolGroup("school-sosh6")).isTrue();
    assertThat(SchoolGroups.isSchoolGroup(Role.SCHOOL_STAFF.groupId())).isFalse();
    assertThat(SchoolGroups.isSchoolGroup("coordinators")).isFalse();
    assertThat(SchoolGroups.isSchoolGroup(null)).isFalse();
  }
}
