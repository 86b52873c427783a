-- Indexes the engine's own schema lacks for our load (see db/engine/postgresql for the reasons).
create index if not exists ss_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
create index if not exists ss_act_ru_auth_user on ACT_RU_AUTHORIZATION (USER_ID_);
