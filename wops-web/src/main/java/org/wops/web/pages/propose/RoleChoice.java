package org.wops.web.pages.propose;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * The roles a partnership type offers its operators: those of its role mixes (a mentoring type
 * offers mentor and mentee, a peer exchange peer only), and the role a new line starts with.
 */
public record RoleChoice(List<ParticipantRole> offered) implements Serializable {

  public RoleChoice {
    if (offered.isEmpty()) {
      throw new IllegalArgumentException("a type offers at least one role");
    }
    offered = List.copyOf(offered);
  }

  public static RoleChoice of(PartnershipType type) {
    Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);
    for (RoleMix mix : type.roleMixes()) {
      roles.addAll(mix.roles());
    }
    return new RoleChoice(List.copyOf(roles));
  }

  public boolean offers(ParticipantRole role) {
    return offered.contains(role);
  }

  /**
   * The role of the line at {@code position} of a new line-up: a mentor first and mentees after it
   * where the type mentors, otherwise the type's one role.
   */
  public ParticipantRole lineUp(int position) {
    if (offers(ParticipantRole.MENTOR) && offers(ParticipantRole.MENTEE)) {
      return position == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
    }
    return offered.get(0);
  }

  /** The role of a line added after {@code last}: the same, if the type offers it. */
  public ParticipantRole after(ParticipantRole last, int position) {
    return last != null && offers(last) ? last : lineUp(position);
  }
}
