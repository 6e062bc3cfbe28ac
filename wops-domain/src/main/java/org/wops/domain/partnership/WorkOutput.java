package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * An expected output of the work plan: what, how much (in which unit), by when, and how it will be
 * verified.
 */
@Entity
@Table(name = "work_outputs")
public class WorkOutput extends PartnershipPart {
  /** The most characters its column holds. */
  public static final int TITLE_MAX = 200;

  /** The most characters its column holds. */
  public static final int UNIT_MAX = 40;

  /** The most characters its column holds. */
  public static final int VERIFICATION_MAX = 400;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "unit", nullable = false, length = UNIT_MAX)
  private String unit;

  @Column(name = "quantity", nullable = false, precision = 17, scale = 2)
  private BigDecimal quantity;

  @Column(name = "completion_date", nullable = false)
  private LocalDate completionDate;

  @Column(name = "verification", nullable = false, length = VERIFICATION_MAX)
  private String meansOfVerification;

  protected WorkOutput() {
    // for JPA
  }

  WorkOutput(
      Partnership partnership,
      String title,
      String unit,
      BigDecimal quantity,
      LocalDate completionDate,
      String meansOfVerification) {
    super(partnership);
    this.title = Texts.required(title, "output.title", "title", "The output's title", 200);
    this.unit = Texts.required(unit, "output.unit", "unit", "The unit", 40);
    if (quantity == null || quantity.signum() <= 0) {
      throw new DomainRuleViolation(
          "output.quantity.not-positive",
          "quantity",
          "The expected quantity must be more than zero.");
    }
    this.quantity = quantity;
    this.completionDate =
        Texts.required(
            completionDate,
            "output.completionDate",
            "completionDate",
            "The completion date is required.");
    this.meansOfVerification =
        Texts.required(
            meansOfVerification,
            "output.verification",
            "meansOfVerification",
            "The means of verification",
            400);
  }

  public String title() {
    return title;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public LocalDate completionDate() {
    return completionDate;
  }

  public String meansOfVerification() {
    return meansOfVerification;
  }
}
