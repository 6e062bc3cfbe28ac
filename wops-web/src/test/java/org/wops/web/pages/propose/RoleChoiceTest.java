package org.wops.web.pages.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;
import static org.wops.domain.partnership.ParticipantRole.SUPPORTING;

import org.junit.jupiter.api.Test;
import org.wops.domain.type.DefaultWopType;
import org.wops.plugins.mentoring.MentoringWopType;
import org.wops.plugins.peerexchange.PeerExchangeType;

class RoleChoiceTest {

  @Test
  void aTypeOffersTheRolesOfItsRoleMixes() {
    assertThat(RoleChoice.of(new DefaultWopType()).offered())
        .containsExactly(MENTOR, MENTEE, PEER, SUPPORTING);
    assertThat(RoleChoice.of(new MentoringWopType()).offered())
        .containsExactly(MENTOR, MENTEE, SUPPORTING);
    assertThat(RoleChoice.of(new PeerExchangeType()).offered()).containsExactly(PEER, SUPPORTING);
  }

  @Test
  void aMentoringLineUpStartsWithAMentorAndGoesOnWithMentees() {
    RoleChoice mentoring = RoleChoice.of(new MentoringWopType());
    assertThat(mentoring.lineUp(0)).isEqualTo(MENTOR);
    assertThat(mentoring.lineUp(1)).isEqualTo(MENTEE);
    assertThat(mentoring.lineUp(2)).isEqualTo(MENTEE);
    assertThat(RoleChoice.of(new PeerExchangeType()).lineUp(0)).isEqualTo(PEER);
  }

  @Test
  void aNewLineTakesTheRoleOfTheLastWhenTheTypeOffersIt() {
    RoleChoice wop = RoleChoice.of(new DefaultWopType());
    assertThat(wop.after(PEER, 2)).isEqualTo(PEER);
    assertThat(wop.after(MENTEE, 2)).isEqualTo(MENTEE);
    assertThat(RoleChoice.of(new MentoringWopType()).after(PEER, 2)).isEqualTo(MENTEE);
    assertThat(RoleChoice.of(new PeerExchangeType()).after(null, 0)).isEqualTo(PEER);
  }
}
