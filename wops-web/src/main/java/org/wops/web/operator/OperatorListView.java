package org.wops.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/** The operators listed on the home page: the first page, sorted by name. */
@Named
@RequestScoped
public class OperatorListView {

  @Inject OperatorService operators;

  private Page<OperatorRow> page;

  private Page<OperatorRow> page() {
    if (page == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      page = operators.list(new PageRequest(0, 50)).map(o -> OperatorRow.of(o, locale));
    }
    return page;
  }

  public List<OperatorRow> getRows() {
    return page().items();
  }

  public boolean isNoOperators() {
    return page().total() == 0;
  }

  public long getTotal() {
    return page().total();
  }
}
