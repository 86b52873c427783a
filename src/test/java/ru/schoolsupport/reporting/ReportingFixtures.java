package ru.schoolsupport.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.cycle.PeriodType;
import ru.schoolsupport.listformation.Candidate;
import ru.schoolsupport.listformation.CandidateSource;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.schoolyear.StageReport;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * A cycle whose schools have reported on stage I: СОШ № 6 on time (70 %, green, 8 consultations,
 * 3 seminars, 1 visit, 1 round table), СОШ № 12 late (40 %, one amber and one red programme, its
 * problems), СОШ № 20 not at all.
 */
public final class ReportingFixtures {

  static final String SOSH12_PROBLEMS = "Не хватает учителей математики; низкая мотивация обучающихся 8–9 классов";

  private ReportingFixtures() {
  }

  public static Cycle cycleWithStageOneReports(CycleService cycles, CycleSchoolRepository cycleSchools,
      StageReportRepository stageReports) {
    Cycle cycle = cycles.register(new CycleService.CycleRequest(null, PeriodType.CALENDAR_YEAR, TestYears.next(), null));
    school(cycleSchools, cycle, "sosh6", Category.SHNOR, "lyceum7", "curator1");
    school(cycleSchools, cycle, "sosh12", Category.BOTH, "sosh8", "curator1");
    school(cycleSchools, cycle, "sosh20", Category.SHFNSU, "sosh35", "curator2");
    Instant now = Instant.now();
    stageReports.save(cycle.id(), "sosh6", 1, new StageReport.Figures(new BigDecimal("70"), 8, 3, 1, 1, 0), null,
        "Работа идёт по плану", List.of(), List.of(),
        List.of(new StageReport.ProgrammeStatus("equipment", null, StageReport.Rag.GREEN, null)), "director.sosh6",
        now, false);
    // a first version the curator returned, then the one that counts
    stageReports.save(cycle.id(), "sosh12", 1, new StageReport.Figures(new BigDecimal("10"), 1, 0, 0, 0, 0), "черновик",
        null, List.of(), List.of(), List.of(), "director.sosh12", now, true);
    stageReports.save(cycle.id(), "sosh12", 1, new StageReport.Figures(new BigDecimal("40"), 2, 1, 1, 0, 1),
        SOSH12_PROBLEMS, null, List.of(), List.of(),
        List.of(new StageReport.ProgrammeStatus("teachers", null, StageReport.Rag.AMBER, null),
            new StageReport.ProgrammeStatus("motivation", null, StageReport.Rag.RED, null)),
        "director.sosh12", now, true);
    return cycle;
  }

  private static void school(CycleSchoolRepository cycleSchools, Cycle cycle, String code, Category category,
      String mentor, String curator) {
    cycleSchools.insert(cycle.id(), new Candidate(code, category, Project.P500, CandidateSource.REGIONAL_LIST, "тест"),
        true, null);
    cycleSchools.setPair(cycle.id(), code, mentor, curator);
  }
}
