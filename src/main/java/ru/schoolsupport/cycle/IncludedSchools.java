package ru.schoolsupport.cycle;

import java.util.List;

/**
 * The schools the cycle's list includes, as the spawning reads them. The cycle owns the question, list
 * formation answers it ({@code listformation.CycleSchoolRepository}), so the cycle does not depend on the
 * stage that depends on it.
 */
public interface IncludedSchools {

  /** How many schools the cycle's list includes. */
  int countIncluded(long cycleId);

  /** The codes of the included schools from {@code offset}, at most {@code limit}, in a stable order. */
  List<String> includedCodes(long cycleId, int offset, int limit);
}
