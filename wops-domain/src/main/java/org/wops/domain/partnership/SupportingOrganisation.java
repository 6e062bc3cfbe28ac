package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.Texts;

/**
 * An organisation that supports a partnership, its role, and what it contributes (never negative;
 * absent when nobody stated it, which is not zero).
 */
@Embeddable
public class SupportingOrganisation {
  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 12)
  private SupporterRole role;

  @Column(name = "contribution", precision = 17, scale = 2)
  private BigDecimal contribution;

  protected SupportingOrganisation() {
    // for JPA
  }

  public SupportingOrganisation(long organisationId, SupporterRole role, BigDecimal contribution) {
    this.organisationId = organisationId;
    this.role =
        Texts.required(
            role, "supporter.role", "role", "Each supporting organisation needs a role.");
    this.contribution = Amounts.stated(contribution, "contribution");
  }

  public long organisationId() {
    return organisationId;
  }

  public SupporterRole role() {
    return role;
  }

  /** The contribution, if someone stated it. */
  public java.util.Optional<BigDecimal> contribution() {
    return java.util.Optional.ofNullable(contribution);
  }
}
