package org.wops.domain.partnership;

/**
 * What a result of a partnership is: an output (something the work produced — a plan, a trained
 * team, a manual), an outcome (a change in the utility's service or performance — non-revenue water
 * down, revenue collection up) or a capacity change (what the people and the organisation can now
 * do).
 */
public enum ResultKind {
  OUTPUT,
  OUTCOME,
  CAPACITY_CHANGE
}
