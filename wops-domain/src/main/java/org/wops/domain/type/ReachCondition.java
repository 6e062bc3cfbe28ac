package org.wops.domain.type;

/**
 * What must hold before a template milestone can be marked reached. A type's template puts these on
 * its milestones ({@link MilestoneTemplate#when}); a milestone the partners named themselves has
 * none.
 */
public enum ReachCondition {
  /**
   * Every template milestone listed before this one is reached or cancelled first (and none of them
   * was reached later than this one).
   */
  AFTER_EARLIER_MILESTONES,
  /** The agreement is complete and signed by every participant. */
  AGREEMENT_SIGNED_BY_ALL,
  /** The partnership is COMPLETED (or EVALUATED). */
  PARTNERSHIP_COMPLETED
}
