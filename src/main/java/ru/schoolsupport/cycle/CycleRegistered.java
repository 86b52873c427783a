package ru.schoolsupport.cycle;

/**
 * A cycle was registered. Published by {@link CycleService} within the registering transaction, so the
 * stages that keep something per cycle (the school year's risk factors) set it up without the cycle
 * depending on them.
 */
public record CycleRegistered(long cycleId) {
}
