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
 * absent when nobody stated it, which is not zero). Anyone who may edit the partnership may name
 * any organisation with any amount: the contribution counts in public figures only once the
 * organisation itself (its coordinators) or the secretariat has confirmed it. A changed amount
 * needs a new confirmation.
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

  @Column(name = "confirmed_by", length = 120)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private java.time.OffsetDateTime confirmedAt;

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

  /** The same contribution, confirmed by this person at this time. */
  SupportingOrganisation confirmedBy(String by, java.time.OffsetDateTime at) {
    SupportingOrganisation c = new SupportingOrganisation(organisationId, role, contribution);
    c.confirmedBy = java.util.Objects.requireNonNull(by, "by is required");
    c.confirmedAt = java.util.Objects.requireNonNull(at, "at is required");
    return c;
  }

  /**
   * This entry, confirmed if the same organisation's confirmation of the same role and amount was
   * among the entries it replaces (a changed amount is not confirmed).
   */
  SupportingOrganisation keepingConfirmationOf(java.util.List<SupportingOrganisation> before) {
    return before.stream()
        .filter(
            b ->
                b.confirmed()
                    && b.organisationId == organisationId
                    && b.role == role
                    && Amounts.same(b.contribution, contribution))
        .findFirst()
        .map(b -> confirmedBy(b.confirmedBy, b.confirmedAt))
        .orElse(this);
  }

  /** Whether the organisation (or the secretariat) confirmed this contribution. */
  public boolean confirmed() {
    return confirmedAt != null;
  }

  public java.util.Optional<String> confirmedBy() {
    return java.util.Optional.ofNullable(confirmedBy);
  }

  public java.util.Optional<java.time.OffsetDateTime> confirmedAt() {
    return java.util.Optional.ofNullable(confirmedAt);
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
