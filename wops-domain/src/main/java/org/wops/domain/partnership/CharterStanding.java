package org.wops.domain.partnership;

import java.util.Set;

/**
 * The Charter as it applies to one partnership: the version that counts (the current one until the
 * partnership is agreed; the one it was agreed under afterwards) and which of its operators have
 * endorsed that version.
 */
public record CharterStanding(int applicableVersion, Set<Long> endorsingOperators) {
  public CharterStanding {
    endorsingOperators = Set.copyOf(endorsingOperators);
  }
}
