package ru.schoolsupport.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 *   <li>On PostgreSQL, {@code ACT_RU_TASK.DESCRIPTION_} compared as bytes (collation "C"):
 *   «Все задачи по школам» sorts every open task by it, and PostgreSQL sorts a column of a "C.UTF-8"
 *   or a language collation through the C library, without its fast abbreviated keys (about 1.5× the
 *   time among 50,000 tasks). UTF-8 bytes sort in the code points' order, which is what "C.UTF-8"
 *   sorts by: the order users see does not change.</li>
 * </ul>
 */
@Component
class EngineSchemaTuning implements InitializingBean {

  static final String TASK_PARENT_INDEX = "ss_act_ru_task_parent";

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
    if ("postgres".equals(databaseType) && !"C".equals(taskDescriptionCollation())) {
      jdbc.sql("alter table ACT_RU_TASK alter column DESCRIPTION_ type varchar(4000) collate \"C\"").update();
    }
  }

  String taskDescriptionCollation() {
    return jdbc.sql("""
            select c.collname from pg_attribute a join pg_collation c on c.oid = a.attcollation
            where a.attrelid = 'act_ru_task'::regclass and a.attname = 'description_'""")
        .query(String.class).single();
  }
}
