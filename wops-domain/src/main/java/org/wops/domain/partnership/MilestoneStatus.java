package org.wops.domain.partnership;

/** Where a milestone of the agreement stands. */
public enum MilestoneStatus {
  PLANNED,
  REACHED,
  MISSED,
  CANCELLED
}
