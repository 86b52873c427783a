package ru.schoolsupport.listformation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the schools for a cycle's list, with a reason for each: the regional list first, then
 * schools whose own indicators cross the thresholds, then schools that continue from the last
 * cycle. A school found in several ways appears once, its categories combined and its reasons joined.
 * Plain logic: no database, no engine.
 */
public class CandidateSelection {

  private final ListFormationSettings thresholds;

  public CandidateSelection(ListFormationSettings thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * @param regionalList the regional list's entries for the cycle's year
   * @param indicators each school's latest indicators
   * @param carriedOver the codes of schools whose last outcome keeps them on the list
   */
  public List<Candidate> propose(Collection<RegionalListEntry> regionalList, Collection<SchoolIndicators> indicators,
      Set<String> carriedOver) {
    return propose(regionalList, indicators, carriedOver, List.of());
  }

  /**
   * @param stoppedLastCycle the schools taken out of the project during the last cycle, with why: proposed
   *     too (last), so that the coordinator sees them and decides; the coordinator's edit of the list may drop them
   */
  public List<Candidate> propose(Collection<RegionalListEntry> regionalList, Collection<SchoolIndicators> indicators,
      Set<String> carriedOver, List<Candidate> stoppedLastCycle) {
    Map<String, Candidate> bySchool = new LinkedHashMap<>();
    for (RegionalListEntry entry : regionalList) {
      add(bySchool, new Candidate(entry.schoolCode(), entry.category(), entry.project(), CandidateSource.REGIONAL_LIST,
          "региональный перечень " + entry.year() + (entry.orderRef() == null ? "" : " (" + entry.orderRef() + ")")));
    }
    for (SchoolIndicators school : indicators) {
      List<String> lowResults = new ArrayList<>();
      above(school.vprFailShare(), thresholds.vprFailShareAbove(), "доля неудовлетворительных результатов ВПР", "%",
          lowResults);
      below(school.ogeAverage(), thresholds.ogeAverageBelow(), "средний балл ОГЭ", "", lowResults);
      below(school.egeAverage(), thresholds.egeAverageBelow(), "средний балл ЕГЭ", "", lowResults);
      above(school.belowMinShare(), thresholds.belowMinShareAbove(), "доля результатов ниже минимального порога", "%",
          lowResults);
      List<String> social = new ArrayList<>();
      below(school.socialIndex(), thresholds.socialIndexBelow(), "индекс социального благополучия", "", social);
      Category category = !lowResults.isEmpty() ? (!social.isEmpty() ? Category.BOTH : Category.SHNOR)
          : !social.isEmpty() ? Category.SHFNSU : null;
      if (category != null) {
        List<String> reasons = new ArrayList<>(lowResults);
        reasons.addAll(social);
        add(bySchool, new Candidate(school.schoolCode(), category, thresholds.defaultProject(),
            CandidateSource.INDICATORS, "за " + school.year() + " год: " + String.join("; ", reasons)));
      }
    }
    for (String code : carriedOver) {
      add(bySchool, new Candidate(code, Category.SHNOR, thresholds.defaultProject(), CandidateSource.CARRIED_OVER,
          CandidateSource.CARRIED_OVER.title()));
    }
    for (Candidate stopped : stoppedLastCycle) {
      add(bySchool, stopped);
    }
    return List.copyOf(bySchool.values());
  }

  private static void add(Map<String, Candidate> bySchool, Candidate candidate) {
    bySchool.merge(candidate.schoolCode(), candidate, (first, second) -> new Candidate(first.schoolCode(),
        second.source() == CandidateSource.CARRIED_OVER || second.source() == CandidateSource.STOPPED ? first.category()
            : first.category().plus(second.category()),
        first.project(), first.source(), first.reason() + "; " + second.reason()));
  }

  private static void above(BigDecimal value, BigDecimal threshold, String name, String unit, List<String> reasons) {
    if (value != null && value.compareTo(threshold) > 0) {
      reasons.add(name + " " + format(value) + unit + " (порог — выше " + format(threshold) + unit + ")");
    }
  }

  private static void below(BigDecimal value, BigDecimal threshold, String name, String unit, List<String> reasons) {
    if (value != null && value.compareTo(threshold) < 0) {
      reasons.add(name + " " + format(value) + unit + " (порог — ниже " + format(threshold) + unit + ")");
    }
  }

  static String format(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
    return format.format(value);
  }
}
