package ru.schoolsupport.listformation;

/** A school proposed for the list, with why: source, category, project and the reason in words. */
public record Candidate(String schoolCode, Category category, Project project, CandidateSource source, String reason) {
}
