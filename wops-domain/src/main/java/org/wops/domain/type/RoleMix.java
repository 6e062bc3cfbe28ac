package org.wops.domain.type;

import java.util.List;
import org.wops.domain.partnership.ParticipantRole;

/**
 * A mix of participant roles a partnership type accepts: at least so many operators, mentors,
 * mentees and peers, and whether peers may be mixed with mentors and mentees. A partnership's roles
 * are valid when they match one of its type's mixes. Supporting operators ({@link
 * ParticipantRole#SUPPORTING}) may join any mix and are not counted in it.
 */
public record RoleMix(
    Labels description,
    int minOperators,
    int minMentors,
    int minMentees,
    int minPeers,
    boolean peersOnly) {

  /** At least one mentor and one mentee, no peers. */
  public static RoleMix mentoring(int minOperators) {
    return new RoleMix(
        Labels.of(
            "At least one mentor and one mentee",
            "Au moins un mentor et un bénéficiaire",
            "Al menos un mentor y un beneficiario"),
        minOperators,
        1,
        1,
        0,
        false);
  }

  /** Peers only, at least {@code minPeers} of them. */
  public static RoleMix peersOnly(int minPeers) {
    return new RoleMix(
        Labels.of(
            "Only peers, at least " + minPeers,
            "Uniquement des pairs, au moins " + minPeers,
            "Solo pares, al menos " + minPeers),
        minPeers,
        0,
        0,
        minPeers,
        true);
  }

  /**
   * The roles an operator may take in a partnership of this mix: peers alone, or mentors and
   * mentees (a mix that is not peers-only admits no peer), and supporting operators in either.
   */
  public List<ParticipantRole> roles() {
    return peersOnly
        ? List.of(ParticipantRole.PEER, ParticipantRole.SUPPORTING)
        : List.of(ParticipantRole.MENTOR, ParticipantRole.MENTEE, ParticipantRole.SUPPORTING);
  }

  /** Whether these roles (one per operator) fit the mix, supporting operators left aside. */
  public boolean matches(List<ParticipantRole> all) {
    List<ParticipantRole> roles =
        all.stream().filter(r -> r != ParticipantRole.SUPPORTING).toList();
    long mentors = roles.stream().filter(r -> r == ParticipantRole.MENTOR).count();
    long mentees = roles.stream().filter(r -> r == ParticipantRole.MENTEE).count();
    long peers = roles.stream().filter(r -> r == ParticipantRole.PEER).count();
    if (roles.size() < minOperators
        || mentors < minMentors
        || mentees < minMentees
        || peers < minPeers) {
      return false;
    }
    return peersOnly ? peers == roles.size() : peers == 0;
  }
}
