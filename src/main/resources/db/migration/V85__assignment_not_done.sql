-- An executor may report an assignment (a roadmap item) not done, with the reason in report_text.
-- execution_result: 'done' or 'notDone' as the executor reported (null: reported before the choice
-- existed, i.e. done). A «not done» mark the controller accepts ends the assignment with status NOT_DONE.
alter table ss_assignment add column execution_result varchar(16);
