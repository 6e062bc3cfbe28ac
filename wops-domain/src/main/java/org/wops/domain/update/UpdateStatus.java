package org.wops.domain.update;

/** Where a progress update is in its approval workflow. */
public enum UpdateStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  RETURNED
}
