package org.wops.domain.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.PartnershipType;

/** Partnerships in known states, for the rule tests. */
final class PartnershipFixtures {
  static final PartnershipType WOP = new DefaultWopType();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);
  static final long MENTOR = 1L;
  static final long MENTEE = 2L;

  private PartnershipFixtures() {}

  static PartnershipDetails details() {
    return details(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
  }

  static PartnershipDetails details(LocalDate plannedStart, LocalDate plannedEnd) {
    return new PartnershipDetails(
        "Reducing non-revenue water in Kisumu",
        "Halve physical losses in two pilot zones.",
        "Peer coaching and joint field work.",
        "NRW below 30 %.",
        "usd",
        Set.of("NRW"),
        Set.of("ke", "UG"),
        org.wops.domain.shared.PartialDate.ofNullable(plannedStart),
        org.wops.domain.shared.PartialDate.ofNullable(plannedEnd),
        null,
        null);
  }

  static Participant complete(long operatorId, ParticipantRole role) {
    return new Participant(
        operatorId,
        role,
        new BigDecimal("1000"),
        new BigDecimal("2500.50"),
        "Leads the pilot zones.",
        "Learns and shares practice.");
  }

  static Partnership identified() {
    return new Partnership(
        WOP,
        details(),
        List.of(complete(MENTOR, ParticipantRole.MENTOR), complete(MENTEE, ParticipantRole.MENTEE)),
        TODAY,
        NOW);
  }

  static CharterStanding endorsedByAll() {
    return new CharterStanding(1, Set.of(MENTOR, MENTEE));
  }

  /** Proposed, with a complete agreement signed by both operators. */
  static Partnership readyToAgree() {
    Partnership p = identified();
    p.changeStatus(PartnershipStatus.PROPOSED, endorsedByAll(), TODAY);
    p.writeAgreement(
        new AgreementTerms(
            "Two pilot zones, a leak detection team.",
            new BigDecimal("2000"),
            new BigDecimal("5001")));
    p.sign(MENTOR, "A. Mentor", NOW, WOP);
    p.sign(MENTEE, "B. Mentee", NOW, WOP);
    return p;
  }

  static Partnership agreed() {
    Partnership p = readyToAgree();
    p.changeStatus(PartnershipStatus.AGREED, endorsedByAll(), TODAY);
    return p;
  }

  static Partnership active() {
    Partnership p = agreed();
    p.changeStatus(PartnershipStatus.ACTIVE, endorsedByAll(), TODAY);
    return p;
  }
}
