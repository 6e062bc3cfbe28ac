package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.Texts;

/** A budgeted cost of the partnership (never a fee, margin or profit: see {@link CostCategory}). */
@Embeddable
public class CostLine {
  /** The most characters its column holds. */
  public static final int DESCRIPTION_MAX = 400;

  /** The most characters a category's name holds. */
  public static final int CATEGORY_MAX = 20;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = CATEGORY_MAX)
  private CostCategory category;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Column(name = "amount", nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  protected CostLine() {
    // for JPA
  }

  public CostLine(CostCategory category, String description, BigDecimal amount) {
    this.category =
        Texts.required(category, "cost.category", "category", "Say what the cost is for.");
    this.description =
        Texts.required(description, "cost.description", "description", "The description", 400);
    this.amount = Amounts.nonNegative(amount, "amount");
  }

  public CostCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public BigDecimal amount() {
    return amount;
  }
}
