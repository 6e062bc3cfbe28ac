package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.Texts;

/**
 * An organisation that supports a partnership, its role (with, optionally, the role in the sources'
 * own words: "technical partner"), and what it contributes (never negative; absent when nobody
 * stated it, which is not zero). Anyone who may edit the partnership may name any organisation with
 * any amount: the contribution counts in public figures only once the organisation itself (its
 * coordinators) or the secretariat has confirmed it. A changed amount needs a new confirmation.
 */
@Embeddable
public class SupportingOrganisation {
  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 24)
  private SupporterRole role;

  /** The longest role description. */
  public static final int ROLE_DESCRIPTION_MAX = 200;

  @Column(name = "role_description", length = ROLE_DESCRIPTION_MAX)
  private String roleDescription;

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
    this(organisationId, role, null, contribution);
  }

  /**
   * {@code roleDescription}: the role in the sources' words ("partenaire technique"), optional, at
   * most {@value #ROLE_DESCRIPTION_MAX} characters.
   */
  public SupportingOrganisation(
      long organisationId, SupporterRole role, String roleDescription, BigDecimal contribution) {
    this.organisationId = organisationId;
    this.role =
        Texts.required(
            role, "supporter.role", "role", "Each supporting organisation needs a role.");
    this.roleDescription =
        Texts.optional(
            roleDescription,
            "supporter.roleDescription",
            "roleDescription",
            "The role's description",
            ROLE_DESCRIPTION_MAX);
    this.contribution = Amounts.stated(contribution, "contribution");
  }

  /** The same contribution, confirmed by this person at this time. */
  SupportingOrganisation confirmedBy(String by, java.time.OffsetDateTime at) {
    SupportingOrganisation c =
        new SupportingOrganisation(organisationId, role, roleDescription, contribution);
    c.confirmedBy = java.util.Objects.requireNonNull(by, "by is required");
    c.confirmedAt = java.util.Objects.requireNonNull(at, "at is required");
    return c;
  }

  /** The same contribution, not confirmed (yet). */
  SupportingOrganisation unconfirmed() {
    return confirmed()
        ? new SupportingOrganisation(organisationId, role, roleDescription, contribution)
        : this;
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

  /** The same organisation, role, role description and contribution (confirmation aside). */
  boolean sameTermsAs(SupportingOrganisation other) {
    return organisationId == other.organisationId
        && role == other.role
        && java.util.Objects.equals(roleDescription, other.roleDescription)
        && Amounts.same(contribution, other.contribution);
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

  /** The role in the sources' own words, if someone gave them. */
  public java.util.Optional<String> roleDescription() {
    return java.util.Optional.ofNullable(roleDescription);
  }

  /** The contribution, if someone stated it. */
  public java.util.Optional<BigDecimal> contribution() {
    return java.util.Optional.ofNullable(contribution);
  }
}
