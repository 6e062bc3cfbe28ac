package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.Texts;

/**
 * An operator taking part in a partnership: its role, its in-cash and in-kind contributions (in the
 * partnership's currency, never negative; absent when nobody stated them, which is not zero), and,
 * for the agreement, its roles and responsibilities and its interests.
 */
@Embeddable
public class Participant {
  public static final int TEXT_MAX = 4000;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 10)
  private ParticipantRole role;

  @Column(name = "cash_contribution", precision = 17, scale = 2)
  private BigDecimal cashContribution;

  @Column(name = "in_kind_contribution", precision = 17, scale = 2)
  private BigDecimal inKindContribution;

  @Column(name = "responsibilities", length = TEXT_MAX)
  private String responsibilities;

  @Column(name = "interests", length = TEXT_MAX)
  private String interests;

  protected Participant() {
    // for JPA
  }

  public Participant(
      long operatorId,
      ParticipantRole role,
      BigDecimal cashContribution,
      BigDecimal inKindContribution,
      String responsibilities,
      String interests) {
    this.operatorId = operatorId;
    this.role = Texts.required(role, "participant.role", "role", "Each participant needs a role.");
    this.cashContribution = Amounts.stated(cashContribution, "cashContribution");
    this.inKindContribution = Amounts.stated(inKindContribution, "inKindContribution");
    this.responsibilities =
        Texts.optional(
            responsibilities,
            "participant.responsibilities",
            "responsibilities",
            "The roles and responsibilities",
            TEXT_MAX);
    this.interests =
        Texts.optional(interests, "participant.interests", "interests", "The interests", TEXT_MAX);
  }

  public Participant(long operatorId, ParticipantRole role) {
    this(operatorId, role, null, null, null, null);
  }

  public long operatorId() {
    return operatorId;
  }

  public ParticipantRole role() {
    return role;
  }

  /** The in-cash contribution, if someone stated it. */
  public Optional<BigDecimal> cashContribution() {
    return Optional.ofNullable(cashContribution);
  }

  /** The in-kind contribution, if someone stated it. */
  public Optional<BigDecimal> inKindContribution() {
    return Optional.ofNullable(inKindContribution);
  }

  public Optional<String> responsibilities() {
    return Optional.ofNullable(responsibilities);
  }

  public Optional<String> interests() {
    return Optional.ofNullable(interests);
  }

  boolean sameTermsAs(Participant other) {
    return operatorId == other.operatorId
        && role == other.role
        && Amounts.same(cashContribution, other.cashContribution)
        && Amounts.same(inKindContribution, other.inKindContribution)
        && java.util.Objects.equals(responsibilities, other.responsibilities)
        && java.util.Objects.equals(interests, other.interests);
  }
}
