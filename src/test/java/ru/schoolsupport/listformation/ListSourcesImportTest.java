package ru.schoolsupport.listformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.spreadsheet.ImportRejectedException;

/** Indicators and the regional list: a bad file is refused by line and nothing of it is stored. */
@SchoolSupportTest
class ListSourcesImportTest {

  static final String HEADER = "Код школы,Год,\"Доля неудовлетворительных результатов ВПР, %\",Средний балл ОГЭ,"
      + "Средний балл ЕГЭ,\"Доля результатов ниже минимального порога, %\",Индекс социального благополучия\n";

  @Autowired ListSourcesImportService importService;
  @Autowired ListSourcesRepository sources;

  @Test
  void indicatorsAreStoredAndReimportedWithoutDuplicates() {
    String csv = HEADER + "sosh1,2019,\"12,5\",\"3,9\",64,4,\"0,7\"\n";
    importService.importIndicators("i.csv", utf8(csv));
    var again = importService.importIndicators("i.csv", utf8(csv.replace("64", "66")));

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isEqualTo(1);
    assertThat(sources.indicatorsOf("sosh1")).filteredOn(i -> i.year() == 2019).singleElement()
        .satisfies(i -> assertThat(i.egeAverage()).isEqualByComparingTo("66"));
  }

  @Test
  void unknownSchoolsMissingYearsAndImpossibleValuesAreRefusedByLine() {
    String csv = HEADER
        + "sosh6,2018,10,4,70,2,\"0,8\"\n"
        + "no-such-school,2018,10,4,70,2,\"0,8\"\n"
        + "sosh12,,10,4,70,2,\"0,8\"\n"
        + "sosh20,2018,140,7,70,2,\"1,8\"\n";
    assertThatThrownBy(() -> importService.importIndicators("bad.csv", utf8(csv)))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("Строка 3: школы с кодом «no-such-school» нет в справочнике")
        .hasMessageContaining("Строка 4: не заполнен столбец «Год»")
        .hasMessageContaining("Строка 5: значение 140")
        .hasMessageContaining("допустимо от 2 до 5")
        .hasMessageContaining("допустимо от 0 до 1");
    assertThat(sources.indicatorsOf("sosh6")).noneMatch(i -> i.year() == 2018);
  }

  @Test
  void aRegionalListWithAnUnknownCategoryIsRefused() {
    assertThatThrownBy(() -> importService.importRegionalList("r.csv", utf8(
        "Код школы,Год,Категория,Проект,Основание\nsosh6,2030,отличники,500+,приказ\n")))
        .hasMessageContaining("Строка 2").hasMessageContaining("«ШНОР»");
    assertThat(sources.regionalList(2030)).isEmpty();
  }

  @Test
  void aRegionalListNamingASchoolTwiceForAYearIsRefusedByLine() {
    assertThatThrownBy(() -> importService.importRegionalList("r.csv", utf8(
        "Код школы,Год,Категория,Проект,Основание\n"
            + "sosh6,2031,ШНОР,500+,приказ\n"
            + "sosh12,2031,ШФНСУ,500+,приказ\n"
            + "sosh6,2031,ШНОР,500+,приказ\n"
            + "sosh12,2031,ШНОР,500+,приказ\n")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("Строка 4: школа «sosh6» в перечне за 2031 год уже есть в строке 2")
        .hasMessageContaining("Строка 5: школа «sosh12» в перечне за 2031 год уже есть в строке 3");
    assertThat(sources.regionalList(2031)).isEmpty();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
