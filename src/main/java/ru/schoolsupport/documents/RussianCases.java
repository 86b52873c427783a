package ru.schoolsupport.documents;

import com.github.petrovich4j.Gender;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;
import java.util.Locale;
import java.util.Map;

/**
 * Russian words in the case a sentence needs, for the documents the app writes (docs/adr/0017).
 * People's names go through petrovich4j (the Petrovich rules, by gender: «Баранова Елена Викторовна» →
 * «Баранову Е.В.», «Барановой Е.В.»; «Стаценко» stays); the gender comes from the patronymic. Positions are
 * phrases no library inflects: the directory keeps their genitive. The few kinds of legal acts a basis
 * cites («приказ», «распоряжение», …) are a closed list with their instrumental.
 */
public final class RussianCases {

  /** The cases a document's sentences use. */
  public enum Case {
    NOMINATIVE(null), GENITIVE(com.github.petrovich4j.Case.Genitive), DATIVE(com.github.petrovich4j.Case.Dative),
    ACCUSATIVE(com.github.petrovich4j.Case.Accusative), INSTRUMENTAL(com.github.petrovich4j.Case.Instrumental),
    PREPOSITIONAL(com.github.petrovich4j.Case.Prepositional);

    private final com.github.petrovich4j.Case petrovich;

    Case(com.github.petrovich4j.Case petrovich) {
      this.petrovich = petrovich;
    }
  }

  /** «В соответствии с приказом …»: the kinds of acts a regional list is given by, in the instrumental. */
  private static final Map<String, String> ACTS_INSTRUMENTAL = Map.of(
      "приказ", "приказом",
      "распоряжение", "распоряжением",
      "постановление", "постановлением",
      "решение", "решением",
      "письмо", "письмом",
      "указ", "указом");

  private static final Petrovich PETROVICH = new Petrovich();

  private RussianCases() {
  }

  /** «Баранову Е.В.» from «Баранова», «Елена», «Викторовна» in the accusative. */
  public static String shortName(String lastName, String firstName, String middleName, Case grammaticalCase) {
    StringBuilder name = new StringBuilder(lastName(lastName, firstName, middleName, grammaticalCase));
    if (firstName != null && !firstName.isBlank()) {
      name.append(' ').append(firstName.strip().charAt(0)).append('.');
      if (middleName != null && !middleName.isBlank()) {
        name.append(middleName.strip().charAt(0)).append('.');
      }
    }
    return name.toString();
  }

  /** «Барановой Елене Викторовне» in the dative. */
  public static String fullName(String lastName, String firstName, String middleName, Case grammaticalCase) {
    Gender gender = gender(firstName, middleName);
    StringBuilder name = new StringBuilder(lastName(lastName, firstName, middleName, grammaticalCase));
    if (firstName != null && !firstName.isBlank()) {
      name.append(' ').append(say(firstName.strip(), NameType.FirstName, gender, grammaticalCase));
    }
    if (middleName != null && !middleName.isBlank()) {
      name.append(' ').append(say(middleName.strip(), NameType.PatronymicName, gender, grammaticalCase));
    }
    return name.toString();
  }

  /** The last name alone; a double one («Салтыков-Щедрин») is inflected part by part. */
  public static String lastName(String lastName, String firstName, String middleName, Case grammaticalCase) {
    Gender gender = gender(firstName, middleName);
    String[] parts = lastName.strip().split("-", -1);
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      result.append(i == 0 ? "" : "-").append(say(parts[i], NameType.LastName, gender, grammaticalCase));
    }
    return result.toString();
  }

  /**
   * A legal act as the object of «в соответствии с …»: «приказ министерства … от 14.02.2026 № 141» →
   * «приказом министерства … от 14.02.2026 № 141». Empty if the act does not begin with a known kind
   * («приказ», «распоряжение», «постановление», «решение», «письмо», «указ»): then cite it as «Основание: …».
   */
  public static java.util.Optional<String> actInInstrumental(String act) {
    if (act == null || act.isBlank()) {
      return java.util.Optional.empty();
    }
    String text = act.strip();
    int space = text.indexOf(' ');
    String first = (space < 0 ? text : text.substring(0, space));
    String instrumental = ACTS_INSTRUMENTAL.get(first.toLowerCase(Locale.ROOT));
    if (instrumental == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(instrumental + (space < 0 ? "" : text.substring(space)));
  }

  /** The person's gender as the patronymic tells it (else the first name; else either). */
  static Gender gender(String firstName, String middleName) {
    if (middleName != null && !middleName.isBlank()) {
      Gender byPatronymic = PETROVICH.gender(middleName.strip(), Gender.Both);
      if (byPatronymic != Gender.Both) {
        return byPatronymic;
      }
    }
    return Gender.Both;
  }

  private static String say(String word, NameType type, Gender gender, Case grammaticalCase) {
    if (grammaticalCase == Case.NOMINATIVE || word.isEmpty()) {
      return word;
    }
    return PETROVICH.say(word, type, gender, grammaticalCase.petrovich);
  }
}
