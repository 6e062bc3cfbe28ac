package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.BudgetLine;
import org.wops.domain.partnership.FundingType;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.RuleChecks;

/**
 * The budget page ({@code my/budget.xhtml}): a partnership's budget as its sources state it — its
 * currency, total, funding type and the sources' words, and lines by year and funder (the
 * partnership's supporting organisations; others through the API). Amounts are typed the reader's
 * way; the lines the budget has and three empty ones are shown, and the form says how many it
 * carries, so that a save reads them back.
 */
@Named
@RequestScoped
public class BudgetForm {
  /** Empty lines offered below the budget's own. */
  static final int SPARE_LINES = 3;

  private static final Pattern LINE_FIELD = Pattern.compile("budget\\.lines\\[(\\d+)\\].*");

  @Inject PartnershipEditing editing;
  @Inject PartnershipAccess access;
  @Inject OrganisationRepository organisations;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;

  private Partnership partnership;
  private long shownVersion;
  private String currency;
  private BigDecimal total;
  private String fundingType;
  private String fundingDescription;
  private final List<Line> lines = new ArrayList<>();

  /** One line of the form: every field may be left empty. */
  public static class Line {
    private Integer year;
    private Long funder;
    private BigDecimal amount;

    public Integer getYear() {
      return year;
    }

    public void setYear(Integer year) {
      this.year = year;
    }

    public Long getFunder() {
      return funder;
    }

    public void setFunder(Long funder) {
      this.funder = funder;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    boolean isEmpty() {
      return year == null && funder == null && amount == null;
    }
  }

  /** A funder the form offers: an organisation supporting the partnership. */
  public record Funder(long id, String name) {}

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String id = params.get("id");
    try {
      partnership =
          access.requireEdit(
              session.viewer(), id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
    } catch (NotFoundException e) {
      PageActions.notFound();
      return;
    } catch (AccessDenied e) {
      PageActions.forbidden(e.getMessage());
      return;
    }
    Budget b = partnership.budget();
    currency = b.currency().orElse(partnership.currency());
    total = b.total().orElse(null);
    fundingType = b.fundingType().map(Enum::name).orElse("");
    fundingDescription = b.fundingDescription().orElse(null);
    for (BudgetLine l : b.lines()) {
      Line line = new Line();
      line.year = l.year().orElse(null);
      line.funder = l.organisationId().orElse(null);
      line.amount = l.amount();
      lines.add(line);
    }
    String posted = params.get("lines");
    int count =
        posted != null && posted.matches("\\d{1,3}")
            ? Math.min(Integer.parseInt(posted), Partnership.LIST_MAX + SPARE_LINES)
            : lines.size() + SPARE_LINES;
    while (lines.size() < count) {
      lines.add(new Line());
    }
    Long shown = PageActions.shownVersion(PageActions.VERSION);
    shownVersion = shown == null ? partnership.version() : shown;
  }

  public Partnership getP() {
    return partnership;
  }

  public long getShownVersion() {
    return shownVersion;
  }

  public List<Line> getLines() {
    return lines;
  }

  /** The organisations a line may name: the partnership's supporters, each once. */
  public List<Funder> getFunders() {
    List<Funder> funders = new ArrayList<>();
    for (SupportingOrganisation s : partnership.supporters()) {
      if (funders.stream().noneMatch(f -> f.id() == s.organisationId())) {
        funders.add(
            new Funder(
                s.organisationId(),
                organisations
                    .findById(s.organisationId())
                    .map(o -> o.name())
                    .orElse("#" + s.organisationId())));
      }
    }
    for (Line l : lines) {
      if (l.funder != null && funders.stream().noneMatch(f -> f.id() == l.funder)) {
        long other = l.funder;
        funders.add(
            new Funder(
                other, organisations.findById(other).map(o -> o.name()).orElse("#" + other)));
      }
    }
    return funders;
  }

  public FundingType[] getFundingTypes() {
    return FundingType.values();
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public String getFundingType() {
    return fundingType;
  }

  public void setFundingType(String fundingType) {
    this.fundingType = fundingType;
  }

  public String getFundingDescription() {
    return fundingDescription;
  }

  public void setFundingDescription(String fundingDescription) {
    this.fundingDescription = fundingDescription;
  }

  public String save() {
    Budget budget;
    try {
      budget = budget();
    } catch (DomainRuleViolation v) {
      show(v);
      return null;
    }
    org.wops.domain.partnership.Partnership[] after =
        new org.wops.domain.partnership.Partnership[1];
    boolean saved =
        actions.attempt(
            null,
            () ->
                after[0] =
                    editing.replaceBudget(
                        session.viewer(),
                        new PartnershipEditing.ReplaceBudget(
                            partnership.id(), shownVersion, budget)));
    if (!saved) {
      return null;
    }
    actions.saved("budget.saved", shownVersion, after[0]);
    return "/wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }

  /**
   * The budget the form states: the lines with anything in them, numbered as the domain names them
   * (the n-th line stated), and every broken rule of the lines and of the budget at once.
   */
  private Budget budget() {
    RuleChecks checks = new RuleChecks();
    List<BudgetLine> stated = new ArrayList<>();
    lineRows.clear();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      String at = "budget.lines[" + lineRows.size() + "]";
      lineRows.add(i);
      BudgetLine line = checks.check(() -> new BudgetLine(l.year, l.funder, l.amount, at));
      if (line != null) {
        stated.add(line);
      }
    }
    FundingType type =
        fundingType == null || fundingType.isBlank() ? null : FundingType.valueOf(fundingType);
    String text =
        fundingDescription == null || fundingDescription.isBlank() ? null : fundingDescription;
    boolean anyAmount = total != null || !stated.isEmpty();
    String money = anyAmount ? currency : null;
    Budget b = checks.check(() -> new Budget(money, total, stated, type, text));
    checks.done();
    return b;
  }

  /** The form's row (0-based) of each line stated, in order. */
  private final List<Integer> lineRows = new ArrayList<>();

  /** Each broken rule beside its field: the budget's own, or a line's with its row. */
  private void show(DomainRuleViolation e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (DomainRuleViolation v : e.withOthers()) {
      String field = v.field() == null ? "" : v.field();
      String clientId =
          switch (field) {
            case "budget.currency" -> "budget:currency";
            case "budget.total" -> "budget:total";
            case "budget.fundingDescription" -> "budget:fundingDescription";
            default -> null;
          };
      String text = actions.said(v);
      Matcher line = LINE_FIELD.matcher(field);
      if (line.matches() && Integer.parseInt(line.group(1)) < lineRows.size()) {
        text =
            labels.text("budget.line")
                + " "
                + (lineRows.get(Integer.parseInt(line.group(1))) + 1)
                + labels.text("colon")
                + " "
                + text;
      }
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }
}
