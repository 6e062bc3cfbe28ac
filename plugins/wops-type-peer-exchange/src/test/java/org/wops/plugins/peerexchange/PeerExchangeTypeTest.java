package org.wops.plugins.peerexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.type.TypeRules;

class PeerExchangeTypeTest {
  private final PeerExchangeType type = new PeerExchangeType();

  @Test
  void acceptsOnlyPeersAtLeastTwo() {
    assertThat(TypeRules.roleMix(type, List.of(PEER, PEER))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(PEER, PEER, PEER, PEER))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(PEER))).hasSize(1);
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE))).hasSize(1);
    assertThat(TypeRules.roleMix(type, List.of(PEER, MENTOR))).hasSize(1);
  }

  @Test
  void theExchangeFormatIsOptionalButOneOfItsChoices() {
    assertThat(TypeRules.extraFields(type, Map.of())).isEmpty();
    assertThat(TypeRules.extraFields(type, Map.of("exchangeFormat", "STUDY_VISITS"))).isEmpty();
    assertThat(TypeRules.extraFields(type, Map.of("exchangeFormat", "HOLIDAY"))).hasSize(1);
  }

  @Test
  void isFoundByTheRegistryThroughItsServiceFile() {
    assertThat(
            PartnershipTypeRegistry.discover(getClass().getClassLoader(), Optional.empty())
                .find(PeerExchangeType.ID))
        .containsInstanceOf(PeerExchangeType.class);
  }
}
