package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/**
 * Who may see and change a partnership. The API and the pages ask the same rules:
 *
 * <ul>
 *   <li>anybody reads a <em>published</em> partnership; an unpublished one is "not found" for those
 *       who may not read it (its existence is not disclosed);
 *   <li>ADMIN (the alliance secretariat) reads and changes everything;
 *   <li>OPERATOR_EDITOR reads and changes the partnerships its operators take part in;
 *   <li>COORDINATOR reads and changes the partnerships its organisations support (any supporting
 *       role), and approves or returns their updates;
 *   <li>DONOR reads the partnerships its organisations fund, published or not, and changes nothing.
 *   <li>Publication: those who may change a partnership <em>request</em> publication and may take
 *       the profile down; only ADMIN publishes (directly, or approving a request) or returns a
 *       request.
 *   <li>A supporting organisation's contribution is confirmed by that organisation's own
 *       coordinators and donors (users acting for it), or by ADMIN.
 * </ul>
 */
@ApplicationScoped
public class PartnershipAccess {
  @Inject PartnershipRepository partnerships;
  @Inject OperatorRepository operators;

  public boolean canRead(Viewer v, Partnership p) {
    return p.published() || canReadUnpublished(v, p);
  }

  private boolean canReadUnpublished(Viewer v, Partnership p) {
    return v.isAdmin()
        || takesPart(v, p)
        || supports(v, p)
        || (v.has(Role.DONOR) && funds(v.organisationIds(), p));
  }

  public boolean canEdit(Viewer v, Partnership p) {
    return v.isAdmin() || takesPart(v, p) || supports(v, p);
  }

  /** Approving or returning progress updates: the coordinators of the partnership (and ADMIN). */
  public boolean canDecideUpdates(Viewer v, Partnership p) {
    return v.isAdmin() || supports(v, p);
  }

  /**
   * The audit trail (actors' user names, agreement texts) is for those who may change the
   * partnership (its participants' editors, its coordinators), its funders' donor officers and the
   * secretariat — not for every signed-in reader of a published partnership.
   */
  public boolean canReadAudit(Viewer v, Partnership p) {
    return canEdit(v, p) || (v.has(Role.DONOR) && funds(v.organisationIds(), p));
  }

  /** Whether the viewer may confirm what the partnership says this organisation contributes. */
  public boolean canConfirmContribution(Viewer v, long organisationId) {
    return v.isAdmin() || (v.has(Role.COORDINATOR) && v.organisationIds().contains(organisationId));
  }

  /** Refuses (403) a confirmation by someone who does not act for the organisation. */
  public Partnership requireConfirmContribution(Viewer v, long id, long organisationId) {
    Partnership p = readable(v, id);
    requireConfirmContribution(v, organisationId);
    return p;
  }

  /** Refuses (403) a confirmation by someone who does not act for the organisation. */
  public void requireConfirmContribution(Viewer v, long organisationId) {
    if (!canConfirmContribution(v, organisationId)) {
      throw new AccessDenied(
          "access.contribution.confirm",
          "Only organisation "
              + organisationId
              + "'s own coordinators (or the secretariat) confirm its contribution.");
    }
  }

  /** Refuses (403) a publication decision by anyone but the secretariat. */
  public Partnership requireDecidePublication(Viewer v, long id) {
    Partnership p = readable(v, id);
    requireDecidePublication(v, p);
    return p;
  }

  /** Refuses (403) a publication decision on a partnership read by anyone but the secretariat. */
  public void requireDecidePublication(Viewer v, Partnership p) {
    long id = p.id();
    if (!v.isAdmin()) {
      throw new AccessDenied(
          "access.publication.decide",
          "The secretariat approves profiles for publication: request publication instead"
              + " (POST /api/v1/partnerships/"
              + id
              + "/publication/request).");
    }
  }

  /** Whether the viewer may sign or endorse the Charter for this operator: its own editors. */
  public boolean canActFor(Viewer v, long operatorId) {
    return v.isAdmin() || (v.has(Role.OPERATOR_EDITOR) && v.operatorIds().contains(operatorId));
  }

  private static boolean takesPart(Viewer v, Partnership p) {
    return v.has(Role.OPERATOR_EDITOR) && intersects(v.operatorIds(), p.operatorIds());
  }

  private static boolean supports(Viewer v, Partnership p) {
    return v.has(Role.COORDINATOR)
        && p.supporters().stream().anyMatch(s -> v.organisationIds().contains(s.organisationId()));
  }

  private static boolean funds(Set<Long> organisations, Partnership p) {
    return p.supporters().stream()
        .anyMatch(
            s -> s.role() == SupporterRole.FUNDER && organisations.contains(s.organisationId()));
  }

  private static boolean intersects(Collection<Long> a, Collection<Long> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** The partnership, if the viewer may read it; "not found" otherwise. */
  public Partnership readable(Viewer v, long id) {
    Partnership p = partnerships.findById(id).orElseThrow(() -> notFound(id));
    if (!canRead(v, p)) {
      throw notFound(id);
    }
    return p;
  }

  /** Refuses (403) a viewer who may read the partnership but not change it. */
  public Partnership requireEdit(Viewer v, long id) {
    Partnership p = readable(v, id);
    requireEdit(v, p);
    return p;
  }

  /** Refuses (403) a viewer who may read the partnership but not change it. */
  public void requireEdit(Viewer v, Partnership p) {
    if (!canEdit(v, p)) {
      throw new AccessDenied(
          "access.partnership.edit",
          "Only the partnership's participants (their operator editors), its coordinators and the"
              + " secretariat may change it.");
    }
  }

  /**
   * Refuses (403) the audit trail to a reader who is not one of those {@link #canReadAudit} names.
   */
  public Partnership requireReadAudit(Viewer v, long id) {
    Partnership p = readable(v, id);
    if (!canReadAudit(v, p)) {
      throw new AccessDenied(
          "access.partnership.audit",
          "The audit trail is for the partnership's participants, coordinators and funders, and"
              + " the secretariat.");
    }
    return p;
  }

  public Partnership requireDecideUpdates(Viewer v, long id) {
    Partnership p = readable(v, id);
    requireDecideUpdates(v, p);
    return p;
  }

  /** Refuses (403) a decision on updates by anyone but the partnership's coordinators. */
  public void requireDecideUpdates(Viewer v, Partnership p) {
    if (!canDecideUpdates(v, p)) {
      throw new AccessDenied(
          "access.update.decide",
          "Only the partnership's coordinators and the secretariat approve or return updates.");
    }
  }

  /**
   * Refuses a new partnership that the viewer could not edit once made: an operator editor proposes
   * partnerships its own operators take part in.
   */
  public void requirePropose(Viewer v, Collection<Long> operatorIds, Collection<Long> orgIds) {
    if (v.isAdmin()
        || (v.has(Role.OPERATOR_EDITOR) && intersects(v.operatorIds(), operatorIds))
        || (v.has(Role.COORDINATOR) && intersects(v.organisationIds(), orgIds))) {
      return;
    }
    throw new AccessDenied(
        "access.partnership.propose",
        "An operator editor proposes partnerships in which one of its operators takes part; a"
            + " coordinator, those its organisation supports.");
  }

  /**
   * Refuses a partnership recorded from outside the platform by anyone but the secretariat or a
   * coordinator of an organisation that supports it (who can then correct its record).
   */
  public void requireRecord(Viewer v, Collection<Long> orgIds) {
    if (v.isAdmin() || (v.has(Role.COORDINATOR) && intersects(v.organisationIds(), orgIds))) {
      return;
    }
    throw new AccessDenied(
        "access.partnership.record",
        "Partnerships that exist outside the platform are recorded by the secretariat, or by a"
            + " coordinator of an organisation that supports them (list it among the supporters).");
  }

  /** Correcting the record of a recorded partnership: the secretariat and its coordinators. */
  public boolean canCorrectRecord(Viewer v, Partnership p) {
    return v.isAdmin() || supports(v, p);
  }

  /** Refuses (403) a correction of the record by anyone {@link #canCorrectRecord} does not name. */
  public void requireCorrectRecord(Viewer v, Partnership p) {
    if (!canCorrectRecord(v, p)) {
      throw new AccessDenied(
          "access.partnership.record",
          "The record of a partnership recorded from outside the platform is corrected by the"
              + " secretariat and the partnership's coordinators.");
    }
  }

  /** Refuses (403) a verification of Charter compliance by anyone but the secretariat. */
  public void requireAssess(Viewer v, RecordedHistory.ComplianceAssessment assessment) {
    if (assessment == RecordedHistory.ComplianceAssessment.VERIFIED_BY_SECRETARIAT
        && !v.isAdmin()) {
      throw new AccessDenied(
          "access.compliance.verify",
          "Only the secretariat verifies a partnership's Charter compliance; the partners may"
              + " declare it (DECLARED_BY_PARTNERS).");
    }
  }

  /** Refuses a signature or an endorsement by someone who does not act for the operator. */
  public void requireActFor(Viewer v, long operatorId) {
    operators.findById(operatorId).orElseThrow(() -> new NotFoundException("operator", operatorId));
    if (!canActFor(v, operatorId)) {
      throw new AccessDenied(
          "access.operator.act-for",
          "Only operator " + operatorId + "'s own editors (or the secretariat) act for it.");
    }
  }

  /**
   * Which unpublished partnerships a listing may show the viewer ({@code null}: all of them, for
   * the secretariat).
   */
  public PartnershipCriteria.Visibility visibility(Viewer v) {
    if (v.isAdmin()) {
      return null;
    }
    return new PartnershipCriteria.Visibility(
        v.has(Role.OPERATOR_EDITOR) ? v.operatorIds() : Set.of(),
        v.has(Role.COORDINATOR) ? v.organisationIds() : Set.of(),
        v.has(Role.DONOR) ? v.organisationIds() : Set.of());
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("partnership", id);
  }
}
