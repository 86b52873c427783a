package ru.schoolsupport.cycle;

public enum CycleStatus {
  RUNNING,
  FINISHED
}
