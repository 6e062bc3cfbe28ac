package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.Texts;

/**
 * What the written agreement states besides each participant's roles, responsibilities and
 * interests (which are kept with the participant): its objectives and expected outputs, and the
 * cash and in-kind value contributed.
 */
@Embeddable
public class AgreementTerms {
  public static final int TEXT_MAX = 8000;

  @Column(name = "agreement_objectives", length = TEXT_MAX)
  private String objectivesAndOutputs;

  @Column(name = "agreement_cash_value", precision = 17, scale = 2)
  private BigDecimal cashValue;

  @Column(name = "agreement_in_kind_value", precision = 17, scale = 2)
  private BigDecimal inKindValue;

  protected AgreementTerms() {
    // for JPA
  }

  public AgreementTerms(String objectivesAndOutputs, BigDecimal cashValue, BigDecimal inKindValue) {
    this.objectivesAndOutputs =
        Texts.optional(
            objectivesAndOutputs,
            "agreement.objectives",
            "objectivesAndOutputs",
            "The objectives and expected outputs",
            TEXT_MAX);
    this.cashValue = cashValue == null ? null : Amounts.nonNegative(cashValue, "cashValue");
    this.inKindValue = inKindValue == null ? null : Amounts.nonNegative(inKindValue, "inKindValue");
  }

  public String objectivesAndOutputs() {
    return objectivesAndOutputs;
  }

  public BigDecimal cashValue() {
    return cashValue;
  }

  public BigDecimal inKindValue() {
    return inKindValue;
  }

  boolean sameAs(AgreementTerms other) {
    return other != null
        && Objects.equals(objectivesAndOutputs, other.objectivesAndOutputs)
        && compare(cashValue, other.cashValue)
        && compare(inKindValue, other.inKindValue);
  }

  private static boolean compare(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
