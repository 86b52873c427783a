package ru.schoolsupport.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine's own schema lacks for our load (see BENCHMARKS.md), applied as soon as the engine
 * has made its tables (the engine is built before this bean); applying it again does nothing.
 * <ul>
 *   <li>An index on {@code ACT_RU_TASK.PARENT_TASK_ID_}: completing or deleting a task looks up its
 *   sub-tasks by it, and Camunda 7 does not index it, so every completion read every open task. On H2
 *   and PostgreSQL alike.</li>
 *   <li>An index on {@code ACT_RU_AUTHORIZATION.USER_ID_}: every Tasklist query of a logged-in user looks
 *   up the grants of the user or of the user's groups, and Camunda 7 indexes the group but not the user
 *   alone, so PostgreSQL read every grant (one per open task and group: among 50,000 open tasks, 18 ms of
 *   the coordinator's 55 ms). With it the two indexes answer together (0.2 ms). On H2 and PostgreSQL
 *   alike.</li>
 *   <li>On PostgreSQL, «Все задачи по школам» (every open task by its description, which names the
 *   school, then by due date) read from an index on {@code (DESCRIPTION_, DUE_DATE_)}: the page comes
 *   from the index's first entries instead of sorting every open task (among 50,000, about 12 ms instead
 *   of 75 ms). A btree entry holds at most about 2,700 bytes, so the description is limited to
 *   {@value #TASK_DESCRIPTION_LENGTH} characters (Camunda allows 4,000; ours name a school), and it
 *   compares as bytes (collation "C": UTF-8 bytes sort in the code points' order, which is what
 *   "C.UTF-8" sorts by, so the order users see does not change).</li>
 * </ul>
 */
@Component
public class EngineSchemaTuning implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(EngineSchemaTuning.class);

  static final String TASK_PARENT_INDEX = "ss_act_ru_task_parent";
  static final String AUTHORIZATION_USER_INDEX = "ss_act_ru_auth_user";
  static final String TASK_DESCRIPTION_INDEX = "ss_act_ru_task_description_due";
  /** The most characters a task's description holds on PostgreSQL (Camunda allows 4,000). */
  public static final int TASK_DESCRIPTION_LENGTH = 1000;

  private final JdbcClient jdbc;
  private final String databaseType;

  EngineSchemaTuning(JdbcClient jdbc, ProcessEngine engineWithItsTables) {
    this.jdbc = jdbc;
    this.databaseType = ((ProcessEngineConfigurationImpl) engineWithItsTables.getProcessEngineConfiguration())
        .getDatabaseType();
  }

  @Override
  public void afterPropertiesSet() {
    jdbc.sql("create index if not exists " + TASK_PARENT_INDEX + " on ACT_RU_TASK (PARENT_TASK_ID_)").update();
    jdbc.sql("create index if not exists " + AUTHORIZATION_USER_INDEX + " on ACT_RU_AUTHORIZATION (USER_ID_)")
        .update();
    if ("postgres".equals(databaseType)) {
      sortableTaskDescriptions();
    }
  }

  private void sortableTaskDescriptions() {
    TaskDescriptionColumn column = taskDescriptionColumn();
    if (!column.isTuned()) {
      int longest = jdbc.sql("select coalesce(max(length(DESCRIPTION_)), 0) from ACT_RU_TASK")
          .query(Integer.class).single();
      if (longest > TASK_DESCRIPTION_LENGTH) {
        log.warn("Open tasks have descriptions of up to {} characters: ACT_RU_TASK.DESCRIPTION_ stays as it is "
            + "and «Все задачи по школам» sorts every open task. Shorten them to {} characters and restart.",
            longest, TASK_DESCRIPTION_LENGTH);
        return;
      }
      jdbc.sql("alter table ACT_RU_TASK alter column DESCRIPTION_ type varchar(" + TASK_DESCRIPTION_LENGTH
          + ") collate \"C\"").update();
    }
    jdbc.sql("create index if not exists " + TASK_DESCRIPTION_INDEX + " on ACT_RU_TASK (DESCRIPTION_, DUE_DATE_)")
        .update();
  }

  TaskDescriptionColumn taskDescriptionColumn() {
    return jdbc.sql("""
            select c.collname, a.atttypmod - 4 from pg_attribute a join pg_collation c on c.oid = a.attcollation
            where a.attrelid = 'act_ru_task'::regclass and a.attname = 'description_'""")
        .query((rs, row) -> new TaskDescriptionColumn(rs.getString(1), rs.getInt(2))).single();
  }

  record TaskDescriptionColumn(String collation, int length) {
    boolean isTuned() {
      return "C".equals(collation) && length == TASK_DESCRIPTION_LENGTH;
    }
  }
}
