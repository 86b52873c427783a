package ru.schoolsupport.migration;

import java.util.List;
import java.util.Map;

/**
 * What a change of a long-running model renamed or replaced, kept with the models: the migration maps
 * every activity both versions share by its id, and these instructions the rest. A change that only adds
 * or removes activities no instance waits in needs no entry. Each entry names the change (the commit or
 * the issue) and is tested (ModelMigrationTest).
 */
final class ModelChanges {

  record Renamed(String from, String to) {
  }

  /**
   * Empty so far: the changes of 2026 (assignmentControl's watch of a moved deadline, issue 25; schoolSupport's
   * stage report share, issue 22) kept the ids of every activity an instance can wait in.
   */
  private static final Map<String, List<Renamed>> RENAMED = Map.of();

  private ModelChanges() {
  }

  static List<Renamed> renamedIn(String processKey) {
    return RENAMED.getOrDefault(processKey, List.of());
  }
}
