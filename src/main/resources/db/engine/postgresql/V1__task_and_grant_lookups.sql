-- Indexes the engine's own schema lacks for our load (docs/adr/0009). Camunda's tables are
-- Camunda's: we add indexes, never change a column. Applied after the engine has made its tables
-- (EngineIndexes), recorded in ss_engine_schema_history.

-- Completing or deleting a task looks up its sub-tasks by PARENT_TASK_ID_, which Camunda 7 does not
-- index: every completion read every open task.
create index if not exists ss_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);

-- Every Tasklist query of a logged-in user looks up the grants of the user or of the user's groups;
-- Camunda indexes the group but not the user alone.
create index if not exists ss_act_ru_auth_user on ACT_RU_AUTHORIZATION (USER_ID_);

-- «Все задачи по школам»: every open task by its description (the school's short name), then its due
-- date, read from the index's first entries instead of sorting every open task. The descriptions we
-- write are at most 1,000 characters (SchoolInTaskDescription), well within a btree entry.
create index if not exists ss_act_ru_task_description_due on ACT_RU_TASK (DESCRIPTION_, DUE_DATE_);
