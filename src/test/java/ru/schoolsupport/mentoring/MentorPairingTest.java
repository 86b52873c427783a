package ru.schoolsupport.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schoolsupport.mentoring.MentorPairing.Mentor;
import ru.schoolsupport.mentoring.MentorPairing.Pair;
import ru.schoolsupport.mentoring.MentorPairing.Supervised;

class MentorPairingTest {

  @Test
  void prefersAMentorOfTheSameDistrict() {
    List<Pair> pairs = new MentorPairing(3, 3).propose(
        List.of(new Supervised("s6", "Центральный"), new Supervised("s31", "Северный")),
        List.of(new Mentor("m8", "Северный"), new Mentor("m7", "Центральный")), List.of("c1"));

    assertThat(pairs).containsExactly(new Pair("s6", "m7", "c1"), new Pair("s31", "m8", "c1"));
  }

  @Test
  void oneMentorTakesUpToItsCapacityAsInSeed002() {
    List<Pair> pairs = new MentorPairing(3, 10).propose(
        List.of(new Supervised("s6", "Ц"), new Supervised("s12", "Ц"), new Supervised("s31", "Ц"), new Supervised("s16", "Ц")),
        List.of(new Mentor("lyceum7", "Ц"), new Mentor("m36", "Ю")), List.of("c1"));

    assertThat(pairs).extracting(Pair::mentorCode).containsExactly("lyceum7", "lyceum7", "lyceum7", "m36");
  }

  @Test
  void whenEveryMentorIsFullTheSchoolIsLeftForTheCoordinator() {
    List<Pair> pairs = new MentorPairing(1, 1).propose(
        List.of(new Supervised("s1", "Ц"), new Supervised("s2", "Ц")), List.of(new Mentor("m1", "Ц")), List.of("c1"));

    assertThat(pairs).containsExactly(new Pair("s1", "m1", "c1"), new Pair("s2", null, null));
  }

  @Test
  void curatorsAreSharedEvenly() {
    List<Pair> pairs = new MentorPairing(5, 5).propose(
        List.of(new Supervised("s1", null), new Supervised("s2", null), new Supervised("s3", null)),
        List.of(new Mentor("m1", null)), List.of("c1", "c2"));

    assertThat(pairs).extracting(Pair::curatorLogin).containsExactly("c1", "c2", "c1");
  }
}
