package org.wops.domain.partnership;

import org.wops.domain.user.Viewer;

/**
 * What a caller must be allowed to do for a change of a partnership to go ahead. The {@link
 * PartnershipWork runner} asks it inside the change's transaction, on the partnership it has just
 * loaded, so that access and the change see the same state.
 */
@FunctionalInterface
public interface Permission {
  /** Refuses ({@link org.wops.domain.shared.AccessDenied}) a caller without the permission. */
  void require(PartnershipAccess access, Viewer caller, Partnership partnership);

  /** Changing the partnership: its participants' editors, its coordinators, the secretariat. */
  Permission EDIT = PartnershipAccess::requireEdit;

  /** Deciding on a request for publication (or publishing directly): the secretariat. */
  Permission DECIDE_PUBLICATION = PartnershipAccess::requireDecidePublication;

  /** Correcting the record of a partnership recorded from outside: its coordinators, ADMIN. */
  Permission CORRECT_RECORD = PartnershipAccess::requireCorrectRecord;

  /** Acting for a participating operator (signing its agreement): its own editors. */
  static Permission actFor(long operatorId) {
    return (access, caller, p) -> access.requireActFor(caller, operatorId);
  }

  /** Confirming an organisation's contribution: that organisation's coordinators. */
  static Permission confirmContribution(long organisationId) {
    return (access, caller, p) -> access.requireConfirmContribution(caller, organisationId);
  }
}
