package ru.schoolsupport.addition;

import java.time.LocalDate;
import ru.schoolsupport.cycle.CycleDeadlines;

/**
 * The deadlines of a school that joins a running cycle on a given day. Plain logic: no database, no engine.
 * <ul>
 *   <li>the documents (concept, roadmap, anti-risk programmes): the cycle's date, but at least
 *       {@link #DOCUMENTS_WEEKS} weeks from the day it joins (its self-assessment is due two weeks before them);</li>
 *   <li>each stage report and the final one: the cycle's date while it is still reachable, that is at least
 *       {@link #REPORT_GAP_WEEKS} weeks after the deadline before it ({@link #FINAL_GAP_WEEKS} for the final
 *       report); otherwise that many weeks after it;</li>
 *   <li>none after the last day of the cycle's period: there the later ones meet.</li>
 * </ul>
 * The list's deadline stays the cycle's (the school joins by an amending order, not by the list).
 */
public final class JoiningDeadlines {

  /** Weeks from the day a school joins to its documents' deadline: two for the self-assessment, two for the documents. */
  public static final int DOCUMENTS_WEEKS = 4;
  /** Weeks a school needs at least between its documents and a stage report, and between the two stage reports. */
  public static final int REPORT_GAP_WEEKS = 4;
  /** Weeks at least between the stage II report and the final one (the cycles' defaults have two). */
  public static final int FINAL_GAP_WEEKS = 2;

  private JoiningDeadlines() {
  }

  public static CycleDeadlines of(CycleDeadlines cycle, LocalDate joinedOn, LocalDate lastDay) {
    LocalDate documents = cap(later(cycle.documentsDue(), joinedOn.plusWeeks(DOCUMENTS_WEEKS)), lastDay);
    LocalDate stage1 = cap(later(cycle.stage1Due(), documents.plusWeeks(REPORT_GAP_WEEKS)), lastDay);
    LocalDate stage2 = cap(later(cycle.stage2Due(), stage1.plusWeeks(REPORT_GAP_WEEKS)), lastDay);
    LocalDate finalDue = cap(later(cycle.finalDue(), stage2.plusWeeks(FINAL_GAP_WEEKS)), lastDay);
    return new CycleDeadlines(cycle.listDue(), documents, stage1, stage2, finalDue);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate cap(LocalDate date, LocalDate lastDay) {
    return date.isAfter(lastDay) ? lastDay : date;
  }
}
