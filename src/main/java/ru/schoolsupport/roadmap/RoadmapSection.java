package ru.schoolsupport.roadmap;

/** A section of the roadmap («Организация и проведение анализа, мониторинговых мероприятий»). */
public record RoadmapSection(Long id, int position, String title) {
}
