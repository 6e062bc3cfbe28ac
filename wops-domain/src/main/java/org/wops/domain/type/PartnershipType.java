package org.wops.domain.type;

import java.util.List;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;

/** A kind of partnership. Implementations are stateless and thread-safe. */
public interface PartnershipType {

  /** The stable id partnerships refer to, for example {@code wop}. */
  String id();

  String name(Language language);

  /**
   * The violations of this type's participant rules for a partnership whose participants have these
   * roles (one entry per participating operator). Never throws for bad data: an empty list means
   * the mix is valid.
   */
  List<DomainRuleViolation> checkRoleMix(List<ParticipantRole> roles);

  /** The milestones a new partnership of this type starts with, relative to its planned start. */
  List<MilestoneTemplate> milestoneTemplate();
}
