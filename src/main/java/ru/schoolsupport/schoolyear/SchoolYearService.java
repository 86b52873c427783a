package ru.schoolsupport.schoolyear;

import org.springframework.stereotype.Service;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.listformation.CycleSchoolRepository;

/** One school's year as a whole: linked to the school's place on the cycle's list. */
@Service
public class SchoolYearService {

  private final CycleSchoolRepository cycleSchools;
  private final DirectoryRepository directory;

  public SchoolYearService(CycleSchoolRepository cycleSchools, DirectoryRepository directory) {
    this.cycleSchools = cycleSchools;
    this.directory = directory;
  }

  /** Links the school's process to the list, its year at the first stage, and returns the school. */
  public School start(long cycleId, String schoolCode, String processInstanceId) {
    School school = directory.findSchool(schoolCode)
        .orElseThrow(() -> new IllegalStateException("No school " + schoolCode));
    cycleSchools.startYear(cycleId, schoolCode, processInstanceId, YearStage.first().name());
    return school;
  }
}
