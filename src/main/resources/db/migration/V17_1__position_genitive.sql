-- A person's position in the genitive as the department writes it («главного специалиста сектора …»,
-- «директора МОБУ лицея № 7»): orders say «назначить … Баранову Е.В., главного специалиста …».
-- Names are inflected by a library (documents/RussianCases); positions are phrases no library on
-- Maven Central inflects, so the directory keeps the form, as personnel systems do (docs/adr/0017).
alter table ss_person add column position_genitive varchar(500);
