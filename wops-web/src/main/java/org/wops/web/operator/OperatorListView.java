package org.wops.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/**
 * The operators page: every registered operator, sorted by name, 50 a page, or those one of whose
 * names (name, short name, former or alternative names) or whose city holds the words searched
 * ({@code q}, any case, with or without accents).
 */
@Named
@RequestScoped
public class OperatorListView {
  static final int SIZE = 50;

  /** The last page an address may ask for (its offset stays an int). */
  static final int MAX_PAGE = 1_000_000;

  /** The longest search kept (a longer one is cut: no name is longer). */
  static final int Q_MAX = 200;

  @Inject OperatorService operators;

  private Page<OperatorRow> page;
  private String q;

  private Page<OperatorRow> page() {
    if (page == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
      String text = params.get("q");
      q = text == null || text.isBlank() ? null : text.strip();
      if (q != null && q.length() > Q_MAX) {
        q = q.substring(0, Q_MAX);
      }
      int number = pageNumber(params.get("page"));
      Locale locale = faces.getViewRoot().getLocale();
      page = operators.search(q, new PageRequest(number, SIZE)).map(o -> OperatorRow.of(o, locale));
      if (page.items().isEmpty() && number > 0 && page.total() > 0) {
        // past the last page (an old link): the last page
        int last = (int) ((page.total() - 1) / SIZE);
        page = operators.search(q, new PageRequest(last, SIZE)).map(o -> OperatorRow.of(o, locale));
      }
    }
    return page;
  }

  private static int pageNumber(String given) {
    try {
      int n = given == null ? 0 : Integer.parseInt(given.strip());
      return Math.max(0, Math.min(n, MAX_PAGE));
    } catch (NumberFormatException e) {
      return 0; // not a page number: the first page
    }
  }

  public List<OperatorRow> getRows() {
    return page().items();
  }

  /** Nobody is registered (not: nobody matches the search). */
  public boolean isNoOperators() {
    return page().total() == 0 && q == null;
  }

  /** A search that matches nobody. */
  public boolean isNoneFound() {
    return page().total() == 0 && q != null;
  }

  public long getTotal() {
    return page().total();
  }

  /** The words searched, as typed (null: none). */
  public String getQ() {
    page();
    return q;
  }

  public boolean isHasPrevious() {
    return page().page() > 0;
  }

  public boolean isHasNext() {
    return (long) (page().page() + 1) * SIZE < page().total();
  }

  public int getPageNumber() {
    return page().page() + 1;
  }

  public long getPageCount() {
    return Math.max(1, (page().total() + SIZE - 1) / SIZE);
  }

  public String getPreviousUrl() {
    return url(page().page() - 1);
  }

  public String getNextUrl() {
    return url(page().page() + 1);
  }

  private String url(int number) {
    StringBuilder b = new StringBuilder("operators.xhtml?page=").append(number);
    if (q != null) {
      b.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    }
    return b.toString();
  }
}
