package ru.schoolsupport.directory;

import java.util.List;

/** The column headers of the directory files, as the department's tables name them. */
final class DirectoryColumns {

  static final String SCHOOL_CODE = "Код";
  static final String SCHOOL_FULL_NAME = "Полное наименование";
  static final String SCHOOL_SHORT_NAME = "Краткое наименование";
  static final String SCHOOL_DISTRICT = "Район";
  static final String SCHOOL_CAN_MENTOR = "Может быть наставником";
  static final String SCHOOL_EMAIL = "E-mail";
  static final String SCHOOL_PHONE = "Телефон";
  static final String SCHOOL_ADDRESS = "Адрес";

  static final List<String> SCHOOLS_REQUIRED = List.of(SCHOOL_CODE, SCHOOL_FULL_NAME, SCHOOL_SHORT_NAME);

  static final String PERSON_LOGIN = "Логин";
  static final String PERSON_LAST_NAME = "Фамилия";
  static final String PERSON_FIRST_NAME = "Имя";
  static final String PERSON_MIDDLE_NAME = "Отчество";
  static final String PERSON_POSITION = "Должность";
  /** The position as orders need it after «назначить …, », «возложить на …»: «главного специалиста …». */
  static final String PERSON_POSITION_GENITIVE = "Должность в родительном падеже";
  static final String PERSON_EMAIL = "E-mail";
  static final String PERSON_ROLE = "Роль";
  static final String PERSON_SCHOOL_CODE = "Код школы";

  static final List<String> PEOPLE_REQUIRED =
      List.of(PERSON_LOGIN, PERSON_LAST_NAME, PERSON_FIRST_NAME, PERSON_EMAIL, PERSON_ROLE);

  private DirectoryColumns() {
  }
}
