package org.wops.domain.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partnership is in its life: {@code IDENTIFIED → PROPOSED → AGREED → ACTIVE → COMPLETED →
 * EVALUATED}, with {@code SUSPENDED} (and back to where it was) and {@code CANCELLED} from any open
 * state; {@code UNKNOWN} for a partnership recorded from outside whose fate the sources do not
 * tell.
 */
public enum PartnershipStatus {
  IDENTIFIED,
  PROPOSED,
  AGREED,
  ACTIVE,
  COMPLETED,
  EVALUATED,
  SUSPENDED,
  CANCELLED,
  /**
   * Not known: a partnership recorded from outside the platform whose sources say nothing of how it
   * went on or ended (an old profile "last reported ongoing in 2016"). Counted apart; it may be
   * closed as COMPLETED or CANCELLED when news comes, or its record corrected.
   */
  UNKNOWN;

  /** Open: work on the partnership can still go on. */
  public boolean isOpen() {
    return this == IDENTIFIED
        || this == PROPOSED
        || this == AGREED
        || this == ACTIVE
        || this == SUSPENDED;
  }

  /** Whether the partners have agreed (the agreement is signed and in force, or was). */
  public boolean isAgreedOrLater() {
    return this == AGREED || this == ACTIVE || this == COMPLETED || this == EVALUATED;
  }

  /** The statuses reachable from this one in one step (from SUSPENDED: see {@link #resumable}). */
  public Set<PartnershipStatus> next() {
    return switch (this) {
      case IDENTIFIED -> EnumSet.of(PROPOSED, SUSPENDED, CANCELLED);
      case PROPOSED -> EnumSet.of(AGREED, SUSPENDED, CANCELLED);
      case AGREED -> EnumSet.of(ACTIVE, SUSPENDED, CANCELLED);
      case ACTIVE -> EnumSet.of(COMPLETED, SUSPENDED, CANCELLED);
      case COMPLETED -> EnumSet.of(EVALUATED);
      case SUSPENDED -> EnumSet.of(CANCELLED);
      case UNKNOWN -> EnumSet.of(COMPLETED, CANCELLED);
      case EVALUATED, CANCELLED -> EnumSet.noneOf(PartnershipStatus.class);
    };
  }

  /** Whether a suspended partnership may go back to this status (the one it was suspended from). */
  public boolean resumable() {
    return this == IDENTIFIED || this == PROPOSED || this == AGREED || this == ACTIVE;
  }
}
