package ru.schoolsupport.listformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateSelectionTest {

  final CandidateSelection selection = new CandidateSelection(new ListFormationSettings(null, null, null, null, null, null));

  @Test
  void lowResultsMakeASchoolShnorWithItsReason() {
    List<Candidate> candidates = selection.propose(List.of(), List.of(indicators("s1", "42.5", null, "0.6")), Set.of());

    assertThat(candidates).singleElement().satisfies(c -> {
      assertThat(c.category()).isEqualTo(Category.SHNOR);
      assertThat(c.source()).isEqualTo(CandidateSource.INDICATORS);
      assertThat(c.project()).isEqualTo(Project.MUNICIPAL);
      assertThat(c.reason()).contains("доля неудовлетворительных результатов ВПР 42,5%").contains("порог — выше 30%");
    });
  }

  @Test
  void aLowSocialIndexMakesItShfnsuAndBothMakeItBoth() {
    List<Candidate> candidates = selection.propose(List.of(),
        List.of(indicators("social", "10", null, "0.3"), indicators("both", "35", "3.0", "0.2")), Set.of());

    assertThat(candidates).extracting(Candidate::schoolCode, Candidate::category)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("social", Category.SHFNSU),
            org.assertj.core.groups.Tuple.tuple("both", Category.BOTH));
  }

  @Test
  void schoolsWithinTheThresholdsAreNotProposed() {
    assertThat(selection.propose(List.of(), List.of(indicators("good", "10", "4.1", "0.9")), Set.of())).isEmpty();
  }

  @Test
  void theRegionalListComesFirstAndASchoolFoundTwiceAppearsOnceWithBothReasons() {
    List<Candidate> candidates = selection.propose(
        List.of(new RegionalListEntry("s1", 2026, Category.SHFNSU, Project.P500, "приказ № 141")),
        List.of(indicators("s1", "40", null, null)), Set.of("s2"));

    assertThat(candidates).hasSize(2);
    assertThat(candidates.get(0)).satisfies(c -> {
      assertThat(c.source()).isEqualTo(CandidateSource.REGIONAL_LIST);
      assertThat(c.project()).isEqualTo(Project.P500);
      assertThat(c.category()).isEqualTo(Category.BOTH);
      assertThat(c.reason()).contains("приказ № 141").contains("ВПР");
    });
    assertThat(candidates.get(1).source()).isEqualTo(CandidateSource.CARRIED_OVER);
  }

  @Test
  void aSchoolTakenOutOfTheProjectLastCycleIsProposedWithWhyAndKeepsItsCategory() {
    Candidate stopped = new Candidate("s3", Category.SHFNSU, Project.P500, CandidateSource.STOPPED,
        "выведена из проекта в прошлом цикле (причина: реорганизация); решите, сопровождать ли её снова");
    List<Candidate> candidates = selection.propose(List.of(), List.of(indicators("s3", "40", null, null)), Set.of(),
        List.of(stopped, new Candidate("s4", Category.SHNOR, Project.P500, CandidateSource.STOPPED, "закрыта")));

    assertThat(candidates).extracting(Candidate::schoolCode).containsExactly("s3", "s4");
    assertThat(candidates.get(0)).satisfies(c -> {
      assertThat(c.source()).as("found by its indicators first").isEqualTo(CandidateSource.INDICATORS);
      assertThat(c.category()).isEqualTo(Category.SHNOR);
      assertThat(c.reason()).contains("ВПР").contains("выведена из проекта в прошлом цикле (причина: реорганизация)");
    });
    assertThat(candidates.get(1).source()).isEqualTo(CandidateSource.STOPPED);
  }

  private static SchoolIndicators indicators(String code, String vpr, String oge, String social) {
    return new SchoolIndicators(code, 2025, vpr == null ? null : new BigDecimal(vpr), oge == null ? null : new BigDecimal(oge),
        null, null, social == null ? null : new BigDecimal(social));
  }
}
