package org.wops.domain.update;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.event.UpdateApproved;
import org.wops.domain.event.UpdateReturned;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.user.Viewer;

/**
 * Use cases on progress updates: write, revise, submit, approve, return with a reason. Each takes
 * the caller and checks, inside its transaction, that the caller may: those who may change the
 * partnership write, revise and submit; its coordinators (and the secretariat) approve or return,
 * and never an update they wrote. Each is audited.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class ProgressUpdateService {
  @Inject ProgressUpdateRepository updates;
  @Inject PartnershipAccess access;
  @Inject AuditTrail audit;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  public ProgressUpdate write(
      Viewer caller,
      long partnershipId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary) {
    access.requireEdit(caller, access.readable(caller, partnershipId));
    String actor = caller.actor();
    ProgressUpdate u =
        updates.store(new ProgressUpdate(partnershipId, periodStart, periodEnd, summary, actor));
    record(
        u,
        actor,
        "update.written",
        null,
        UpdateStatus.DRAFT.name(),
        "Wrote an update for " + periodStart + "–" + periodEnd + ".");
    return u;
  }

  /**
   * Writes an update and submits it for a decision, as one use case in one transaction: the update
   * is stored once, already submitted, so a submission the rules refuse leaves no draft behind (the
   * page's "submit" is one user action).
   */
  public ProgressUpdate writeAndSubmit(
      Viewer caller,
      long partnershipId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary) {
    access.requireEdit(caller, access.readable(caller, partnershipId));
    String actor = caller.actor();
    ProgressUpdate u = new ProgressUpdate(partnershipId, periodStart, periodEnd, summary, actor);
    OffsetDateTime now = OffsetDateTime.now(clock);
    u.submit(now);
    ProgressUpdate stored = updates.store(u);
    record(
        stored,
        actor,
        "update.written",
        null,
        UpdateStatus.DRAFT.name(),
        "Wrote an update for " + periodStart + "–" + periodEnd + ".");
    record(
        stored,
        actor,
        "update.submitted",
        UpdateStatus.DRAFT.name(),
        stored.status().name(),
        "Submitted update " + stored.id() + ".");
    events.fire(new UpdateSubmitted(partnershipId, stored.id(), now, actor));
    return stored;
  }

  public ProgressUpdate revise(
      Viewer caller,
      long updateId,
      Long expectedVersion,
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary) {
    ProgressUpdate u = changing(caller, updateId, expectedVersion, false);
    u.revise(periodStart, periodEnd, summary);
    record(u, caller.actor(), REVISED, null, null, revised(updateId));
    return updates.store(u);
  }

  public ProgressUpdate submit(Viewer caller, long updateId) {
    ProgressUpdate u = changing(caller, updateId, null, false);
    String actor = caller.actor();
    UpdateStatus before = u.status();
    OffsetDateTime now = OffsetDateTime.now(clock);
    u.submit(now);
    record(
        u,
        actor,
        "update.submitted",
        before.name(),
        u.status().name(),
        "Submitted update " + updateId + ".");
    events.fire(new UpdateSubmitted(u.partnershipId(), updateId, now, actor));
    return updates.store(u);
  }

  public ProgressUpdate approve(Viewer caller, long updateId) {
    return approve(caller, updateId, null);
  }

  /**
   * Approves the update if it is still at the version the caller saw ({@code null}: any); one
   * changed meanwhile is refused ({@link StaleVersionException}).
   */
  public ProgressUpdate approve(Viewer caller, long updateId, Long expectedVersion) {
    ProgressUpdate u = changing(caller, updateId, expectedVersion, true);
    String actor = caller.actor();
    OffsetDateTime now = OffsetDateTime.now(clock);
    requireNotARevisor(u, actor);
    u.approve(actor, now);
    record(
        u,
        actor,
        "update.approved",
        UpdateStatus.SUBMITTED.name(),
        u.status().name(),
        "Approved update " + updateId + ".");
    events.fire(new UpdateApproved(u.partnershipId(), updateId, now, actor));
    return updates.store(u);
  }

  public ProgressUpdate returnForRevision(Viewer caller, long updateId, String reason) {
    return returnForRevision(caller, updateId, null, reason);
  }

  /** Returns the update with its reason, if it is still at the version the caller saw. */
  public ProgressUpdate returnForRevision(
      Viewer caller, long updateId, Long expectedVersion, String reason) {
    ProgressUpdate u = changing(caller, updateId, expectedVersion, true);
    String actor = caller.actor();
    OffsetDateTime now = OffsetDateTime.now(clock);
    u.returnForRevision(reason, actor, now);
    record(
        u,
        actor,
        "update.returned",
        UpdateStatus.SUBMITTED.name(),
        u.status().name(),
        "Returned update " + updateId + ": " + reason);
    events.fire(new UpdateReturned(u.partnershipId(), updateId, reason, now, actor));
    return updates.store(u);
  }

  /**
   * The update to change, if the caller may (write it, or decide on it) and it is still at the
   * version the caller expects ({@code null}: any); one the caller may not see is "not found".
   */
  private ProgressUpdate changing(Viewer caller, long updateId, Long expected, boolean deciding) {
    ProgressUpdate u = get(updateId);
    Partnership p;
    try {
      p = access.readable(caller, u.partnershipId());
    } catch (NotFoundException e) {
      throw new NotFoundException("progress update", updateId);
    }
    if (u.status() != UpdateStatus.APPROVED
        && !access.canEdit(caller, p)
        && !access.canDecideUpdates(caller, p)) {
      // an update not yet approved is not disclosed to those who may not write or decide it
      throw new NotFoundException("progress update", updateId);
    }
    if (deciding) {
      access.requireDecideUpdates(caller, p);
    } else {
      access.requireEdit(caller, p);
    }
    if (expected != null && expected != u.version()) {
      throw new StaleVersionException("update", updateId, expected, u.version());
    }
    return u;
  }

  private static final String REVISED = "update.revised";

  /** The audit trail's description of a revision of this update. */
  private static String revised(long updateId) {
    return "Revised update " + updateId + ".";
  }

  /**
   * Four eyes for a revised update too: whoever rewrote its text (recorded in the audit trail) is
   * one of its authors, and does not approve it.
   */
  private void requireNotARevisor(ProgressUpdate u, String actor) {
    String revision = revised(u.id());
    if (audit.of(u.partnershipId()).stream()
        .anyMatch(
            e ->
                REVISED.equals(e.action())
                    && actor.equals(e.actor())
                    && revision.equals(e.description()))) {
      throw new org.wops.domain.shared.DomainRuleViolation(
          "update.four-eyes",
          "decidedBy",
          "Whoever revised an update cannot approve it: another coordinator or the secretariat"
              + " does.");
    }
  }

  public ProgressUpdate get(long updateId) {
    return updates
        .findById(updateId)
        .orElseThrow(() -> new NotFoundException("progress update", updateId));
  }

  /** Updates waiting for a coordinator's decision, oldest submission first. */
  public List<ProgressUpdate> awaitingDecision() {
    return updates.awaitingDecision();
  }

  public List<ProgressUpdate> ofPartnership(long partnershipId) {
    return updates.ofPartnership(partnershipId);
  }

  private void record(
      ProgressUpdate u, String actor, String action, String from, String to, String description) {
    audit.record(
        new AuditEntry(
            u.partnershipId(), OffsetDateTime.now(clock), actor, action, from, to, description));
  }
}
