package org.wops.web.pages.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wops.domain.partnership.Participant;

/** Step 2: the operators that take part, each with a role its type offers. */
public class OperatorsStep implements WizardStep {
  private static final long serialVersionUID = 1L;

  /** The domain's fields entered here; the messages show above the list of operators. */
  private static final Set<String> FIELDS =
      Set.of(
          "participants",
          "operatorId",
          "operatorIds",
          "role",
          "cashContribution",
          "inKindContribution",
          "responsibilities",
          "interests");

  static final String INPUT = "participants";

  private final List<ParticipantRow> rows = new ArrayList<>();
  private String filter;

  /** Two lines in the type's line-up; the proposer's own operator, if any, on the second. */
  public OperatorsStep(RoleChoice roles, Optional<Long> own) {
    rows.add(new ParticipantRow(roles.lineUp(0)));
    rows.add(new ParticipantRow(own.orElse(null), roles.lineUp(1)));
  }

  @Override
  public boolean check(Messages out) {
    if (chosenOperatorIds().size() < 2) {
      out.add(INPUT, "propose.participants.too-few");
      return false;
    }
    return true;
  }

  @Override
  public boolean show(String field, String text, Messages out) {
    if (FIELDS.contains(field)) {
      out.add(INPUT, text);
      return true;
    }
    return false;
  }

  /** Gives every line whose role the (newly chosen) type does not offer one it does. */
  public void fitTo(RoleChoice roles) {
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = rows.get(i);
      if (!roles.offers(row.getRole())) {
        row.setRole(roles.lineUp(i));
      }
    }
  }

  public void add(RoleChoice roles) {
    ParticipantRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    rows.add(new ParticipantRow(roles.after(last == null ? null : last.getRole(), rows.size())));
  }

  public void remove(ParticipantRow row) {
    rows.remove(row);
  }

  public List<Long> chosenOperatorIds() {
    return rows.stream()
        .filter(ParticipantRow::isChosen)
        .map(ParticipantRow::getOperatorId)
        .toList();
  }

  /** The participants of the command (the domain checks their amounts and texts). */
  public List<Participant> participants() {
    return rows.stream()
        .filter(ParticipantRow::isChosen)
        .map(ParticipantRow::toParticipant)
        .toList();
  }

  public List<ParticipantRow> getRows() {
    return rows;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
