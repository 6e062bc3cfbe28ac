package org.wops.domain.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMixTest {

  @Test
  void aMentoringMixAdmitsMentorsAndMenteesAndNoPeer() {
    RoleMix mix = RoleMix.mentoring(2);
    assertThat(mix.roles()).containsExactly(MENTOR, MENTEE);
    assertThat(mix.matches(List.of(MENTOR, MENTEE, MENTEE))).isTrue();
    assertThat(mix.matches(List.of(MENTOR, MENTEE, PEER))).isFalse();
  }

  @Test
  void aPeersOnlyMixAdmitsPeersAlone() {
    RoleMix mix = RoleMix.peersOnly(3);
    assertThat(mix.roles()).containsExactly(PEER);
    assertThat(mix.matches(List.of(PEER, PEER, PEER))).isTrue();
    assertThat(mix.matches(List.of(PEER, PEER, MENTOR))).isFalse();
  }
}
