package org.wops.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wops.domain.partnership.AreaLabel;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.reference.ReferenceData;

/**
 * The working areas a page's form gives a partnership, as the API's {@code workingAreas} entries do
 * ({@code {code, sourceLabel}}): each row an area of the reference list (named in the reader's
 * language), the label its source gave it, or both; a label without an area is kept as the source's
 * label, which the secretariat's mapping may map.
 */
public final class AreaRows {
  /** Rows left empty under those filled, for areas to add. */
  static final int FREE_ROWS = 3;

  /** One row: an area's code (or "") and the source's label (or blank). */
  public static class Row {
    private String code = "";
    private String sourceLabel;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code == null ? "" : code;
    }

    public String getSourceLabel() {
      return sourceLabel;
    }

    public void setSourceLabel(String sourceLabel) {
      this.sourceLabel = sourceLabel;
    }

    boolean hasLabel() {
      return sourceLabel != null && !sourceLabel.isBlank();
    }
  }

  private final List<Row> rows = new ArrayList<>();

  /** Empty rows, for a partnership to be recorded. */
  static AreaRows empty() {
    AreaRows a = new AreaRows();
    a.free();
    return a;
  }

  /** The partnership's areas, each with its source's labels, then free rows. */
  static AreaRows of(Partnership p) {
    AreaRows a = new AreaRows();
    Set<String> labelled = new TreeSet<>();
    for (AreaLabel l : p.workingAreaLabels()) {
      Row r = new Row();
      r.setCode(l.code().orElse(""));
      r.setSourceLabel(l.label());
      a.rows.add(r);
      l.code().ifPresent(labelled::add);
    }
    for (String code : p.workingAreas()) {
      if (!labelled.contains(code)) {
        Row r = new Row();
        r.setCode(code);
        a.rows.add(r);
      }
    }
    a.free();
    return a;
  }

  private void free() {
    for (int i = 0; i < FREE_ROWS; i++) {
      rows.add(new Row());
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The areas' codes the rows name. */
  Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    for (Row r : rows) {
      if (!r.code.isBlank()) {
        codes.add(r.code.strip());
      }
    }
    return codes;
  }

  /** The sources' labels the rows give (refused beside the areas when one is too long). */
  List<AreaLabel> labels() {
    List<AreaLabel> labels = new ArrayList<>();
    for (Row r : rows) {
      if (r.hasLabel()) {
        labels.add(new AreaLabel(r.code.isBlank() ? null : r.code, r.sourceLabel));
      }
    }
    return labels;
  }

  /** The reference list's areas, named in the reader's language. */
  static List<Option> choices(ReferenceData reference, Localizer labels) {
    return reference.workingAreas().stream()
        .map(a -> new Option(a.code(), a.name(labels.language())))
        .toList();
  }
}
