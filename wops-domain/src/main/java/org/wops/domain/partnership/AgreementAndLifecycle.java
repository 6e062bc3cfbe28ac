package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.PartnershipAgreed;
import org.wops.domain.event.PartnershipProposed;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * The agreement and the lifecycle: writing the agreement, each partner signing it, and moving the
 * partnership from status to status under the Charter's rules.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class AgreementAndLifecycle {
  public record WriteAgreement(long id, Long expectedVersion, AgreementTerms terms)
      implements PartnershipCommand {}

  /** A participating operator's signature, by the person who signs for it. */
  public record Sign(long id, Long expectedVersion, long operatorId, String signedBy)
      implements PartnershipCommand {}

  public record ChangeStatus(long id, Long expectedVersion, PartnershipStatus target)
      implements PartnershipCommand {}

  private PartnershipWork work;

  protected AgreementAndLifecycle() {
    // for CDI proxies
  }

  @Inject
  public AgreementAndLifecycle(PartnershipWork work) {
    this.work = work;
  }

  /** Writes the agreement; rewriting it withdraws the signatures. */
  public Partnership writeAgreement(Viewer caller, WriteAgreement c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          boolean hadSignatures = !p.signatures().isEmpty();
          p.writeAgreement(c.terms());
          change.record(
              "agreement.written",
              null,
              c.terms().objectivesAndOutputs(),
              hadSignatures && p.signatures().isEmpty()
                  ? "Rewrote the agreement; the signatures were withdrawn."
                  : "Wrote the agreement.");
          return p;
        });
  }

  /**
   * A participating operator signs the agreement (only its own editors sign for it); when the last
   * one signs, everyone hears of it, and the milestones that wait for the signatures are reached.
   */
  public Partnership sign(Viewer caller, Sign c) {
    return work.change(
        caller,
        c,
        Permission.actFor(c.operatorId()),
        change -> {
          Partnership p = change.partnership();
          List<Milestone> reached =
              p.sign(c.operatorId(), c.signedBy(), change.now(), change.type());
          change.record(
              "agreement.signed",
              null,
              String.valueOf(c.operatorId()),
              c.signedBy() + " signed for operator " + c.operatorId() + ".");
          for (Milestone m : reached) {
            change.record(
                "milestone.reached",
                MilestoneStatus.PLANNED.name(),
                m.actualDate().orElseThrow().toString(),
                "Reached \"" + m.title() + "\" (signed by all).");
          }
          if (p.isAgreementSignedByAll()) {
            change.fire(new AgreementSignedByAll(p.id(), change.now(), change.actor()));
          }
          return p;
        });
  }

  /** Moves the partnership along its lifecycle, under the Charter's rules. */
  public Partnership changeStatus(Viewer caller, ChangeStatus c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          StatusChange moved = p.changeStatus(c.target(), work.standing(p), change.today());
          change.record(
              "status.changed",
              moved.from().name(),
              moved.to().name(),
              "Status " + moved.from() + " → " + moved.to() + ".");
          String actor = change.actor();
          change.fire(
              new PartnershipStatusChanged(p.id(), moved.from(), moved.to(), change.now(), actor));
          if (moved.to() == PartnershipStatus.PROPOSED) {
            change.fire(new PartnershipProposed(p.id(), change.now(), actor));
          }
          if (moved.to() == PartnershipStatus.AGREED) {
            change.fire(
                new PartnershipAgreed(
                    p.id(), p.agreedCharterVersion().orElseThrow(), change.now(), actor));
          }
          return p;
        });
  }
}
