-- Before our indexes became migrations, the app shortened ACT_RU_TASK.DESCRIPTION_ to 1,000 characters
-- with collation "C" at start-up. Camunda's column is Camunda's: a database that went through that gets
-- the column back as Camunda's own script makes it (on any other database this changes nothing).
alter table ACT_RU_TASK alter column DESCRIPTION_ type varchar(4000) collate "default";
