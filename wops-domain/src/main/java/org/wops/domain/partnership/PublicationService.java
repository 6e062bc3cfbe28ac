package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.event.PublicationApproved;
import org.wops.domain.event.PublicationRequested;
import org.wops.domain.event.PublicationReturned;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Publishing a partnership's profile. The secretariat approves profiles for publication: those who
 * may change the partnership request it, ADMIN approves or returns the request with a reason. ADMIN
 * may also publish or take a profile down directly; the partnership's own editors and coordinators
 * may take it down (no approval is needed to withdraw one's own profile). Each step is audited and
 * heard of by mail.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class PublicationService {
  @Inject PartnershipService partnerships;
  @Inject PartnershipAccess access;
  @Inject PartnershipRepository repository;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  /** An editor or coordinator of the partnership asks the secretariat to publish it. */
  public Partnership request(long id, Viewer v) {
    access.requireEdit(v, id);
    String actor = v.actor();
    return partnerships.change(
        id,
        null,
        actor,
        p -> {
          p.requestPublication(actor, now());
          partnerships.record(
              p,
              actor,
              "publication.requested",
              null,
              PublicationRequest.State.REQUESTED.name(),
              "Requested publication of the profile.");
          events.fire(new PublicationRequested(p.id(), now(), actor));
        });
  }

  /** The secretariat approves the waiting request: the profile is published. */
  public Partnership approve(long id, Viewer v) {
    access.requireDecidePublication(v, id);
    String actor = v.actor();
    return partnerships.change(
        id,
        null,
        actor,
        p -> {
          p.approvePublication(actor, now());
          partnerships.record(
              p,
              actor,
              "publication.approved",
              PublicationRequest.State.REQUESTED.name(),
              "PUBLISHED",
              "Approved the request of "
                  + p.publication().requestedBy().orElse("?")
                  + ": the profile is published.");
          events.fire(new PublicationApproved(p.id(), now(), actor));
        });
  }

  /** The secretariat returns the waiting request, saying why. */
  public Partnership giveBack(long id, String reason, Viewer v) {
    access.requireDecidePublication(v, id);
    String actor = v.actor();
    return partnerships.change(
        id,
        null,
        actor,
        p -> {
          p.returnPublication(actor, now(), reason);
          String why = p.publication().returnReason().orElseThrow();
          partnerships.record(
              p,
              actor,
              "publication.returned",
              PublicationRequest.State.REQUESTED.name(),
              PublicationRequest.State.RETURNED.name(),
              "Returned the request for publication: " + why);
          events.fire(new PublicationReturned(p.id(), why, now(), actor));
        });
  }

  /**
   * Publishes or takes down the profile directly: publishing is the secretariat's; taking it down,
   * also that of whoever may change the partnership.
   */
  public Partnership publish(long id, boolean published, Viewer v) {
    if (published) {
      access.requireDecidePublication(v, id);
    } else {
      access.requireEdit(v, id);
    }
    return partnerships.publish(id, published, v.actor());
  }

  /** The requests waiting for the secretariat, oldest first. */
  public List<Partnership> waiting(Viewer v) {
    if (!v.isAdmin()) {
      return List.of();
    }
    return repository.publicationRequested();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
