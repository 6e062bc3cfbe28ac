package org.wops.web.pages.propose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.PlannedMilestone;

/** Step 4: the agreement, if it is written already, and milestones beyond the type's template. */
public class AgreementStep implements WizardStep {
  private static final long serialVersionUID = 1L;

  /** The domain's fields entered here, and the input that shows each. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "agreement", "agreement",
          "objectivesAndOutputs", "agreement",
          "cashValue", "cashValue",
          "inKindValue", "inKindValue",
          "milestones", "milestones",
          "plannedDate", "milestones");

  private String text;
  private BigDecimal cashValue;
  private BigDecimal inKindValue;
  private final List<MilestoneRow> milestones = new ArrayList<>();

  @Override
  public boolean show(String field, String message, Messages out) {
    String input = INPUTS.get(field);
    if (input != null) {
      out.add(input, message);
    }
    return input != null;
  }

  /** The agreement's terms, when its text is written (values not given count as zero). */
  public Optional<AgreementTerms> terms() {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new AgreementTerms(
            text,
            cashValue == null ? BigDecimal.ZERO : cashValue,
            inKindValue == null ? BigDecimal.ZERO : inKindValue));
  }

  /** The milestones added to the template; half-filled lines are left out. */
  public List<PlannedMilestone> planned() {
    return milestones.stream()
        .filter(MilestoneRow::isComplete)
        .map(MilestoneRow::toPlanned)
        .toList();
  }

  public void add() {
    milestones.add(new MilestoneRow());
  }

  public void remove(MilestoneRow row) {
    milestones.remove(row);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getCashValue() {
    return cashValue;
  }

  public void setCashValue(BigDecimal cashValue) {
    this.cashValue = cashValue;
  }

  public BigDecimal getInKindValue() {
    return inKindValue;
  }

  public void setInKindValue(BigDecimal inKindValue) {
    this.inKindValue = inKindValue;
  }

  public List<MilestoneRow> getMilestones() {
    return milestones;
  }
}
