package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.user.Viewer;

/**
 * The milestone timeline: adding milestones, reaching them (in the order the type's template
 * gives), rescheduling and cancelling them.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class MilestonePlanning {
  public record Add(long id, Long expectedVersion, String title, PartialDate plannedDate)
      implements PartnershipCommand {}

  public record Reach(long id, Long expectedVersion, long milestoneId, PartialDate actualDate)
      implements PartnershipCommand {}

  public record Reschedule(long id, Long expectedVersion, long milestoneId, PartialDate plannedDate)
      implements PartnershipCommand {}

  public record Cancel(long id, Long expectedVersion, long milestoneId)
      implements PartnershipCommand {}

  private PartnershipWork work;
  private PartnershipAccess access;
  private PartnershipTypeRegistry types;
  private Clock clock;

  protected MilestonePlanning() {
    // for CDI proxies
  }

  @Inject
  public MilestonePlanning(
      PartnershipWork work, PartnershipAccess access, PartnershipTypeRegistry types, Clock clock) {
    this.work = work;
    this.access = access;
    this.types = types;
    this.clock = clock;
  }

  /** Adds a planned milestone and answers it (with its new id). */
  public Milestone add(Viewer caller, Add c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Milestone m = change.partnership().addMilestone(c.title(), c.plannedDate());
          change.record(
              "milestone.added",
              null,
              m.title() + " @ " + m.plannedDate(),
              "Added the milestone \"" + m.title() + "\".");
          return m;
        });
  }

  public Milestone reach(Viewer caller, Reach c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          Milestone m =
              p.reachMilestone(c.milestoneId(), c.actualDate(), change.today(), change.type());
          change.record(
              "milestone.reached",
              MilestoneStatus.PLANNED.name(),
              String.valueOf(c.actualDate()),
              "Reached \"" + m.title() + "\".");
          change.fire(
              new MilestoneReached(
                  p.id(), c.milestoneId(), c.actualDate(), change.now(), change.actor()));
          return m;
        });
  }

  /** Why the milestone cannot be reached on {@code on}, if it cannot (nothing changes). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<DomainRuleViolation> reachRefusal(
      Viewer caller, long id, long milestoneId, PartialDate on) {
    Partnership p = access.readable(caller, id);
    return p.reachRefusal(p.milestone(milestoneId), on, types.find(p.typeId()).orElse(null));
  }

  /** Moves a planned milestone to a new date (a reached or cancelled one cannot move). */
  public Milestone reschedule(Viewer caller, Reschedule c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          PartialDate before = p.milestone(c.milestoneId()).plannedDate();
          Milestone m = p.rescheduleMilestone(c.milestoneId(), c.plannedDate());
          change.record(
              "milestone.rescheduled",
              String.valueOf(before),
              String.valueOf(c.plannedDate()),
              "Rescheduled \"" + m.title() + "\".");
          return m;
        });
  }

  public Milestone cancel(Viewer caller, Cancel c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Milestone m = change.partnership().cancelMilestone(c.milestoneId());
          change.record("milestone.cancelled", null, null, "Cancelled \"" + m.title() + "\".");
          return m;
        });
  }
}
