package org.wops.web.pages.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wops.domain.partnership.SupportingOrganisation;

/** Step 3: the organisations that support the partnership (none is fine). */
public class SupportersStep implements WizardStep {
  private static final long serialVersionUID = 1L;

  /** The domain's fields entered here; the messages show above the list of organisations. */
  private static final Set<String> FIELDS =
      Set.of("supporters", "organisationIds", "contribution", "roleDescription");

  private final List<SupporterRow> rows = new ArrayList<>();

  @Override
  public boolean show(String field, String text, Messages out) {
    if (FIELDS.contains(field)) {
      out.add("supporters", text);
      return true;
    }
    return false;
  }

  public void add() {
    rows.add(new SupporterRow());
  }

  public void remove(SupporterRow row) {
    rows.remove(row);
  }

  /** The supporters of the command (the domain checks their contributions). */
  public List<SupportingOrganisation> supporters() {
    return rows.stream().filter(SupporterRow::isChosen).map(SupporterRow::toSupporter).toList();
  }

  public List<SupporterRow> getRows() {
    return rows;
  }
}
