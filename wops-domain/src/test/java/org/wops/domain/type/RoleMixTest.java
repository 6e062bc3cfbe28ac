package org.wops.domain.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;
import static org.wops.domain.partnership.ParticipantRole.SUPPORTING;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMixTest {

  @Test
  void aMentoringMixAdmitsMentorsAndMenteesAndNoPeer() {
    RoleMix mix = RoleMix.mentoring(2);
    assertThat(mix.roles()).containsExactly(MENTOR, MENTEE, SUPPORTING);
    assertThat(mix.matches(List.of(MENTOR, MENTEE, MENTEE))).isTrue();
    assertThat(mix.matches(List.of(MENTOR, MENTEE, PEER))).isFalse();
  }

  @Test
  void aPeersOnlyMixAdmitsPeersAlone() {
    RoleMix mix = RoleMix.peersOnly(3);
    assertThat(mix.roles()).containsExactly(PEER, SUPPORTING);
    assertThat(mix.matches(List.of(PEER, PEER, PEER))).isTrue();
    assertThat(mix.matches(List.of(PEER, PEER, MENTOR))).isFalse();
  }

  @Test
  void aSupportingOperatorJoinsAnyMixWithoutCountingInIt() {
    RoleMix mentoring = RoleMix.mentoring(2);
    assertThat(mentoring.matches(List.of(MENTOR, MENTEE, SUPPORTING))).isTrue();
    assertThat(mentoring.matches(List.of(MENTOR, SUPPORTING)))
        .as("a supporting operator is no mentee")
        .isFalse();
    RoleMix peers = RoleMix.peersOnly(2);
    assertThat(peers.matches(List.of(PEER, PEER, SUPPORTING))).isTrue();
    assertThat(peers.matches(List.of(PEER, SUPPORTING))).as("nor a peer").isFalse();
  }
}
