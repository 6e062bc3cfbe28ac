package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.OtherName;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/**
 * The operator's names page ({@code my/operator-names.xhtml}): the names an operator had before it
 * was renamed (former) and the names it also goes by (alternative: its name in the local language,
 * a spelling variant), each with its language, for the secretariat and the operator's own editors
 * (as {@link OperatorService#edit} allows). Search and the duplicate check find the operator by any
 * of them. The form carries the operator's version: a page older than the operator changes nothing.
 */
@Named
@RequestScoped
public class OperatorNamesForm {
  static final int SPARE_ROWS = 2;

  @Inject OperatorService operators;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;

  private Operator operator;
  private long shownVersion;
  private final List<Row> rows = new ArrayList<>();

  /** One name of the form; a row left empty or marked "remove" is not kept. */
  public static class Row {
    private String name;
    private String kind = OtherName.Kind.ALTERNATIVE.name();
    private String language;
    private boolean remove;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public boolean isRemove() {
      return remove;
    }

    public void setRemove(boolean remove) {
      this.remove = remove;
    }

    boolean isBlank() {
      return (name == null || name.isBlank()) && (language == null || language.isBlank());
    }
  }

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String id = params.get("id");
    try {
      operator = operators.get(id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
    } catch (NotFoundException e) {
      PageActions.notFound();
      return;
    }
    if (!mayEdit(session.viewer(), operator.id())) {
      operator = null;
      PageActions.forbidden("Only the operator's own editors and the secretariat edit it.");
      return;
    }
    for (OtherName n : operator.otherNames()) {
      Row r = new Row();
      r.name = n.name();
      r.kind = n.kind().name();
      r.language = n.language().orElse(null);
      rows.add(r);
    }
    String posted = params.get("rows");
    int count =
        posted != null && posted.matches("\\d{1,3}")
            ? Math.min(Integer.parseInt(posted), Operator.OTHER_NAMES_MAX + SPARE_ROWS)
            : rows.size() + SPARE_ROWS;
    while (rows.size() < count) {
      rows.add(new Row());
    }
    Long shown = PageActions.shownVersion(PageActions.VERSION);
    shownVersion = shown == null ? operator.version() : shown;
  }

  /** Whether the viewer may change the operator's names (and details): as the service decides. */
  static boolean mayEdit(Viewer viewer, long operatorId) {
    return viewer.isAdmin()
        || viewer.has(Role.OPERATOR_EDITOR) && viewer.operatorIds().contains(operatorId);
  }

  public Operator getO() {
    return operator;
  }

  public long getShownVersion() {
    return shownVersion;
  }

  public List<Row> getRows() {
    return rows;
  }

  public OtherName.Kind[] getKinds() {
    return OtherName.Kind.values();
  }

  public String save() {
    List<OtherName> names = new ArrayList<>();
    List<Integer> nameRows = new ArrayList<>();
    boolean refused = false;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.remove || r.isBlank()) {
        continue;
      }
      try {
        names.add(new OtherName(r.name, OtherName.Kind.valueOf(r.kind), r.language));
        nameRows.add(i);
      } catch (DomainRuleViolation v) {
        refused = true;
        int row = i;
        actions.broken(v, field -> rowField(row, field));
      } catch (IllegalArgumentException | NullPointerException noKind) {
        refused = true;
        beside("names:row:" + i + ":kind", labels.text("rule.required"));
      }
    }
    if (refused) {
      return null;
    }
    boolean saved =
        actions.attemptBeside(
            field -> {
              Integer row = "otherNames".equals(field) ? repeatedRow(nameRows, names) : null;
              return row == null ? null : "names:row:" + row + ":name";
            },
            () ->
                operators.edit(
                    session.viewer(),
                    operator.id(),
                    shownVersion,
                    operator.details().withOtherNames(names)));
    if (!saved) {
      return null;
    }
    actions.done("operator-names.saved");
    return "/operator.xhtml?faces-redirect=true&id=" + operator.id();
  }

  /**
   * The form's row of the first name that repeats the operator's name or an earlier one, as {@code
   * Operator} compares them (case, runs of spaces and the kind of apostrophe aside); null when none
   * does.
   */
  private Integer repeatedRow(List<Integer> nameRows, List<OtherName> names) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(written(operator.name()));
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(written(names.get(i).name()))) {
        return nameRows.get(i);
      }
    }
    return null;
  }

  private static String written(String name) {
    return org.wops.domain.operator.OperatorNames.written(name);
  }

  private static String rowField(int row, String field) {
    String at = "names:row:" + row + ":";
    return switch (field == null ? "" : field) {
      case "otherNames.language" -> at + "language";
      case "otherNames.kind" -> at + "kind";
      default -> at + "name";
    };
  }

  private static void beside(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
