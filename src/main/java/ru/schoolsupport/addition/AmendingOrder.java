package ru.schoolsupport.addition;

import java.time.LocalDate;
import java.util.List;
import ru.schoolsupport.cycle.CycleDeadlines;
import ru.schoolsupport.mentoring.CycleOrder.NamedPerson;

/**
 * An order «О внесении изменений в приказ от … № …» that adds one school to a running cycle: the cycle's
 * order it changes, the act it rests on, the line added to the list (appendix 1 of that order), the line
 * added to its pairs, the school's deadlines from the day it joins, and everyone it names.
 *
 * @param number its own number, null while a draft
 * @param originalTitle the title of the order it changes («Об организации работы … в 2026/2027 учебном году»)
 * @param listLine the number of the added line in the list's appendix (the list's size with it)
 * @param acts the acts cited as «в соответствии с …» (the federal law first)
 * @param grounds what is cited as «Основание: …» (an act without a known kind, the reason in words)
 */
public record AmendingOrder(
    String municipalityName,
    String place,
    String number,
    LocalDate date,
    String originalNumber,
    LocalDate originalDate,
    String originalTitle,
    String periodLabel,
    List<String> acts,
    List<String> grounds,
    String reasonPhrase,
    String schoolFullName,
    String schoolShortName,
    String schoolDirector,
    String category,
    String project,
    int listLine,
    String mentorSchool,
    String mentorDirector,
    String curator,
    CycleDeadlines deadlines,
    LocalDate selfAssessmentDue,
    NamedPerson head,
    NamedPerson coordinator,
    NamedPerson controller,
    List<NamedPerson> acquainted) {
}
