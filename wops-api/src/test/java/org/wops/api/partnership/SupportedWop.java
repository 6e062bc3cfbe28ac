package org.wops.api.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.type.DefaultWopType;

/** A WOP supported in every kind of role, for the exports' tests. */
public final class SupportedWop {
  private SupportedWop() {}

  /**
   * Mentor 11, mentee 12; supporters 3 (funder), 4 (technical support), 5 (political support), 6
   * (implementing agency), 7 (broker).
   */
  public static Partnership ouagadougou() {
    Partnership p =
        new Partnership(
            new DefaultWopType(),
            PartnershipDetails.builder()
                .title("Réduction des pertes d’eau à Ouagadougou")
                .objectives("Ramener les pertes de 39 % à 25 %.")
                .currency("XOF")
                .build(),
            List.of(
                new Participant(11, ParticipantRole.MENTOR),
                new Participant(12, ParticipantRole.MENTEE)),
            LocalDate.of(2026, 12, 2),
            OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC));
    p.replaceSupporters(
        List.of(
            new SupportingOrganisation(3, SupporterRole.FUNDER, new BigDecimal("250000")),
            new SupportingOrganisation(
                4, SupporterRole.TECHNICAL_SUPPORT, "partenaire technique; secondaire \\ EU", null),
            new SupportingOrganisation(5, SupporterRole.POLITICAL_SUPPORT, null, null),
            new SupportingOrganisation(
                6, SupporterRole.IMPLEMENTING_AGENCY, "agence d’exécution: ONEA", null),
            new SupportingOrganisation(7, SupporterRole.BROKER, "matchmaker", null)));
    return p;
  }
}
