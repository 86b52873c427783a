package ru.schoolsupport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.schoolsupport.documents.RussianCases.Case.ACCUSATIVE;
import static ru.schoolsupport.documents.RussianCases.Case.DATIVE;
import static ru.schoolsupport.documents.RussianCases.Case.GENITIVE;
import static ru.schoolsupport.documents.RussianCases.Case.INSTRUMENTAL;
import static ru.schoolsupport.documents.RussianCases.Case.NOMINATIVE;

import org.junit.jupiter.api.Test;

/** The people of seed 002 (order № 208, Taganrog) in the cases that order puts them in. */
class RussianCasesTest {

  @Test
  void theCoordinatorIsAppointedInTheAccusativeAndInstructedInTheDative() {
    // «назначить главного специалиста … Баркалову Е.В.»; «главному специалисту … Баркаловой Е.В.»
    assertThat(RussianCases.shortName("Баркалова", "Елена", "Владимировна", ACCUSATIVE)).isEqualTo("Баркалову Е.В.");
    assertThat(RussianCases.shortName("Баркалова", "Елена", "Владимировна", DATIVE)).isEqualTo("Баркаловой Е.В.");
    assertThat(RussianCases.shortName("Баркалова", "Елена", "Владимировна", NOMINATIVE)).isEqualTo("Баркалова Е.В.");
  }

  @Test
  void surnamesThatDoNotChangeStayAndMenAreInflectedAsMen() {
    // «возложить на заместителя начальника … Стаценко В.В.»
    assertThat(RussianCases.shortName("Стаценко", "Валентина", "Васильевна", ACCUSATIVE)).isEqualTo("Стаценко В.В.");
    assertThat(RussianCases.shortName("Земляненко", "Наталья", "Викторовна", GENITIVE)).isEqualTo("Земляненко Н.В.");
    assertThat(RussianCases.shortName("Кондрахин", "Андрей", "Владимирович", ACCUSATIVE)).isEqualTo("Кондрахина А.В.");
    assertThat(RussianCases.shortName("Чудный", "Андрей", "Владимирович", DATIVE)).isEqualTo("Чудному А.В.");
    assertThat(RussianCases.shortName("Олейников", "Павел", "Иванович", INSTRUMENTAL)).isEqualTo("Олейниковым П.И.");
  }

  @Test
  void aWomansMasculineLookingSurnameKeepsItsFormAndAManIsInflected() {
    // «Чумак И.В.»: a man's surname is inflected, a woman's of the same form is not
    assertThat(RussianCases.shortName("Чумак", "Игорь", "Васильевич", ACCUSATIVE)).isEqualTo("Чумака И.В.");
    assertThat(RussianCases.shortName("Чумак", "Ирина", "Васильевна", ACCUSATIVE)).isEqualTo("Чумак И.В.");
    assertThat(RussianCases.fullName("Морозова", "Ольга", "Леонидовна", DATIVE)).isEqualTo("Морозовой Ольге Леонидовне");
  }

  @Test
  void theActThatGivesTheRegionalListIsCitedAfterVSootvetstviiS() {
    assertThat(RussianCases.actInInstrumental("приказ министерства общего и профессионального образования "
        + "Ростовской области от 14.02.2023 № 141")).contains("приказом министерства общего и профессионального "
        + "образования Ростовской области от 14.02.2023 № 141");
    assertThat(RussianCases.actInInstrumental("Распоряжение правительства области от 01.02.2026 № 5"))
        .contains("распоряжением правительства области от 01.02.2026 № 5");
    assertThat(RussianCases.actInInstrumental("перечень ШНОР на 2026 год")).isEmpty();
  }
}
