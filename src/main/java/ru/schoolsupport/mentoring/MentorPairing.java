package ru.schoolsupport.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes a mentor school and a curator for each supervised school: a mentor-capable school with
 * room left (its capacity), preferring the same district and then the least loaded; a curator within
 * their load, the least loaded first. A school for which no mentor or curator has room is left
 * without one, for the coordinator to decide. Plain logic: no database, no engine.
 */
public class MentorPairing {

  /** A supervised school to pair. */
  public record Supervised(String code, String district) {
  }

  /** A school that can mentor. */
  public record Mentor(String code, String district) {
  }

  /** A proposed pair; mentor or curator may be null when nobody had room. */
  public record Pair(String schoolCode, String mentorCode, String curatorLogin) {
  }

  private final int mentorCapacity;
  private final int curatorLoad;

  public MentorPairing(int mentorCapacity, int curatorLoad) {
    this.mentorCapacity = mentorCapacity;
    this.curatorLoad = curatorLoad;
  }

  public List<Pair> propose(List<Supervised> schools, List<Mentor> mentors, List<String> curators) {
    Map<String, Integer> mentorLoad = new HashMap<>();
    Map<String, Integer> curatorLoads = new HashMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (Supervised school : schools) {
      Mentor mentor = mentors.stream()
          .filter(m -> !m.code().equals(school.code()))
          .filter(m -> mentorLoad.getOrDefault(m.code(), 0) < mentorCapacity)
          .min(Comparator.<Mentor>comparingInt(m -> sameDistrict(m, school) ? 0 : 1)
              .thenComparingInt(m -> mentorLoad.getOrDefault(m.code(), 0))
              .thenComparing(Mentor::code))
          .orElse(null);
      String curator = curators.stream()
          .filter(c -> curatorLoads.getOrDefault(c, 0) < curatorLoad)
          .min(Comparator.<String>comparingInt(c -> curatorLoads.getOrDefault(c, 0)).thenComparing(c -> c))
          .orElse(null);
      if (mentor != null) {
        mentorLoad.merge(mentor.code(), 1, Integer::sum);
      }
      if (curator != null) {
        curatorLoads.merge(curator, 1, Integer::sum);
      }
      pairs.add(new Pair(school.code(), mentor == null ? null : mentor.code(), curator));
    }
    return pairs;
  }

  private static boolean sameDistrict(Mentor mentor, Supervised school) {
    return mentor.district() != null && mentor.district().equals(school.district());
  }
}
