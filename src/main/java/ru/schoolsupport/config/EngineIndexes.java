package ru.schoolsupport.config;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks and our load needs. Completing a task looks up its
 * sub-tasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}, which Camunda 7 does not index: without this,
 * every completion reads every open task (measured in BENCHMARKS.md). Created once the engine has
 * made its tables, on H2 and PostgreSQL alike; creating it again does nothing.
 */
@Component
class EngineIndexes {

  private final JdbcClient jdbc;

  EngineIndexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(PostDeployEvent.class)
  void create() {
    jdbc.sql("create index if not exists ss_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)").update();
  }
}
