package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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
  private PartnershipWork work;
  private PartnershipRepository repository;

  protected PublicationService() {
    // for CDI proxies
  }

  @Inject
  public PublicationService(PartnershipWork work, PartnershipRepository repository) {
    this.work = work;
    this.repository = repository;
  }

  /** An editor or coordinator of the partnership asks the secretariat to publish it. */
  public Partnership request(long id, Long expectedVersion, Viewer v) {
    return work.change(
        v,
        id,
        expectedVersion,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          p.requestPublication(change.actor(), change.now());
          change.record(
              "publication.requested",
              null,
              PublicationRequest.State.REQUESTED.name(),
              "Requested publication of the profile.");
          change.fire(new PublicationRequested(p.id(), change.now(), change.actor()));
          return p;
        });
  }

  /** The secretariat approves the waiting request: the profile is published. */
  public Partnership approve(long id, Long expectedVersion, Viewer v) {
    return work.change(
        v,
        id,
        expectedVersion,
        Permission.DECIDE_PUBLICATION,
        change -> {
          Partnership p = change.partnership();
          p.approvePublication(change.actor(), change.now());
          change.record(
              "publication.approved",
              PublicationRequest.State.REQUESTED.name(),
              "PUBLISHED",
              "Approved the request of "
                  + p.publication().requestedBy().orElse("?")
                  + ": the profile is published.");
          change.fire(new PublicationApproved(p.id(), change.now(), change.actor()));
          return p;
        });
  }

  /** The secretariat returns the waiting request, saying why. */
  public Partnership giveBack(long id, Long expectedVersion, String reason, Viewer v) {
    return work.change(
        v,
        id,
        expectedVersion,
        Permission.DECIDE_PUBLICATION,
        change -> {
          Partnership p = change.partnership();
          p.returnPublication(change.actor(), change.now(), reason);
          String why = p.publication().returnReason().orElseThrow();
          change.record(
              "publication.returned",
              PublicationRequest.State.REQUESTED.name(),
              PublicationRequest.State.RETURNED.name(),
              "Returned the request for publication: " + why);
          change.fire(new PublicationReturned(p.id(), why, change.now(), change.actor()));
          return p;
        });
  }

  /**
   * Publishes or takes down the profile directly: publishing is the secretariat's; taking it down,
   * also that of whoever may change the partnership.
   */
  public Partnership publish(long id, Long expectedVersion, boolean published, Viewer v) {
    return work.change(
        v,
        id,
        expectedVersion,
        published ? Permission.DECIDE_PUBLICATION : Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          boolean before = p.published();
          if (published) {
            p.publish(change.actor(), change.now());
          } else {
            p.unpublish(change.actor(), change.now());
          }
          change.record(
              "published.changed",
              String.valueOf(before),
              String.valueOf(published),
              published ? "Published the profile." : "Unpublished the profile.");
          return p;
        });
  }

  /** The requests waiting for the secretariat, oldest first. */
  public List<Partnership> waiting(Viewer v) {
    if (!v.isAdmin()) {
      return List.of();
    }
    return repository.publicationRequested();
  }
}
