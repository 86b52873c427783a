-- The deadline an assignment was last handed to its controller for (overdue): a moved deadline is
-- watched again, and the same deadline is never handed over twice (assignmentControl.bpmn).

alter table ss_assignment add column escalated_deadline date;

update ss_assignment set escalated_deadline = deadline where overdue;
