package ru.schoolsupport.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks and our load needs. Completing or deleting a task looks up
 * its sub-tasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}, which Camunda 7 does not index: without this,
 * every completion reads every open task (see BENCHMARKS.md). Created as soon as the engine has made
 * its tables (the engine is built before this bean), on H2 and PostgreSQL alike; creating it again
 * does nothing.
 */
@Component
class EngineIndexes implements InitializingBean {

  static final String TASK_PARENT_INDEX = "ss_act_ru_task_parent";

  private final JdbcClient jdbc;

  EngineIndexes(JdbcClient jdbc, ProcessEngine engineWithItsTables) {
    this.jdbc = jdbc;
  }

  @Override
  public void afterPropertiesSet() {
    jdbc.sql("create index if not exists " + TASK_PARENT_INDEX + " on ACT_RU_TASK (PARENT_TASK_ID_)").update();
  }
}
