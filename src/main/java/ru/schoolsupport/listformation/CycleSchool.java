package ru.schoolsupport.listformation;

/**
 * A school on a cycle's list: why it is there, whether the coordinator keeps it, its mentor school
 * and curator once assigned, where its year stands and the state of its documents, and the outcome of its year.
 */
public record CycleSchool(
    long id,
    long cycleId,
    String schoolCode,
    String schoolName,
    String district,
    Category category,
    Project project,
    CandidateSource source,
    String reason,
    boolean included,
    String changeComment,
    String mentorSchoolCode,
    String curatorLogin,
    String processInstanceId,
    String outcome,
    String yearStage,
    String documentsStatus) {
}
