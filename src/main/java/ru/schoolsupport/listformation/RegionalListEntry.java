package ru.schoolsupport.listformation;

/** A school on the regional ministry's list for a year, with the order that lists it. */
public record RegionalListEntry(String schoolCode, int year, Category category, Project project, String orderRef) {
}
