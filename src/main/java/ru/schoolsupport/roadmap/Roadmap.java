package ru.schoolsupport.roadmap;

import java.time.Instant;

/** A cycle's municipal roadmap, as stored in {@code ss_roadmap}: its header and where it stands;
 * {@code attachedToOrder}: the head attached it to the cycle's order as its appendix. */
public record Roadmap(
    Long id,
    long cycleId,
    String title,
    String goal,
    RoadmapStatus status,
    int version,
    String coordinatorLogin,
    String headComment,
    int returnCount,
    String approvedBy,
    Instant approvedAt,
    String processInstanceId,
    boolean attachedToOrder) {
}
