package ru.schoolsupport.directory;

/** What an import did: rows created, updated, and found unchanged. */
public record ImportResult(String fileName, int created, int updated, int unchanged) {

  public String summary() {
    return "Файл «%s» загружен: добавлено %d, изменено %d, без изменений %d."
        .formatted(fileName, created, updated, unchanged);
  }
}
