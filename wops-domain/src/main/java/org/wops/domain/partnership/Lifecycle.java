package org.wops.domain.partnership;

import java.util.Objects;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * Where a partnership is in its life and where it may go from there (rule 7): along {@link
 * PartnershipStatus#next()}, and from SUSPENDED only back to where it was or to CANCELLED. It
 * refuses, in one place, the changes a closed partnership no longer accepts ({@link ChangeKind}).
 * Immutable; the conditions a move needs from the rest of the partnership (a signed agreement, the
 * Charter endorsed) are the partnership's to check.
 *
 * @param status where the partnership is
 * @param suspendedFrom where a suspended partnership was (null unless suspended)
 */
public record Lifecycle(PartnershipStatus status, PartnershipStatus suspendedFrom) {

  public Lifecycle {
    Objects.requireNonNull(status, "status is required");
  }

  /** A partnership as first identified. */
  public static Lifecycle identified() {
    return new Lifecycle(PartnershipStatus.IDENTIFIED, null);
  }

  /**
   * The lifecycle after moving to {@code target}; refused when the lifecycle does not lead there.
   */
  public Lifecycle movedTo(PartnershipStatus target) {
    Objects.requireNonNull(target, "target is required");
    boolean allowed =
        status == PartnershipStatus.SUSPENDED
            ? target == PartnershipStatus.CANCELLED || target == suspendedFrom
            : status.next().contains(target);
    if (!allowed) {
      throw new DomainRuleViolation(
          "partnership.status.transition-not-allowed",
          "status",
          "A partnership cannot go from "
              + status
              + " to "
              + target
              + (status == PartnershipStatus.SUSPENDED
                  ? " (it was suspended from " + suspendedFrom + ")."
                  : "; from " + status + " it can go to " + status.next() + "."),
          status,
          target);
    }
    return new Lifecycle(target, target == PartnershipStatus.SUSPENDED ? status : null);
  }

  /**
   * Refuses a change that a partnership in this status no longer accepts: every change while open;
   * outcomes, values, assessments, publication and confirmations once closed.
   */
  public void requireAccepts(ChangeKind kind) {
    if (!kind.acceptedIn(status)) {
      throw new DomainRuleViolation(
          "partnership.closed",
          "status",
          "The partnership is " + status + ": it no longer accepts " + kind.what() + ".",
          status);
    }
  }

  /**
   * Refuses a change of {@code field} that a partnership in this status no longer accepts, naming
   * the field ({@code partnership.closed.field}: what settles a closed partnership's plan, where
   * its description may still be corrected).
   */
  public void requireAccepts(ChangeKind kind, String field) {
    if (!kind.acceptedIn(status)) {
      throw new DomainRuleViolation(
          "partnership.closed.field",
          field,
          "The partnership is "
              + status
              + ": it no longer accepts "
              + kind.what()
              + " ("
              + field
              + " cannot change); its description (title, objectives, approach, expected"
              + " outcomes, their translations, working areas) can still be corrected.",
          status,
          field);
    }
  }

  /**
   * Whether the agreement is in force and may no longer be rewritten: agreed or later, or suspended
   * after it was agreed ({@code agreedUnderCharter} is the version it was agreed under, if any).
   */
  public boolean agreementLocked(Integer agreedUnderCharter) {
    return status.isAgreedOrLater()
        || status == PartnershipStatus.SUSPENDED && agreedUnderCharter != null;
  }

  /** Whether the partners have agreed, now or before a suspension. */
  public boolean agreed(Integer agreedUnderCharter) {
    return status.isAgreedOrLater() || agreedUnderCharter != null;
  }
}
