package org.wops.api.partnership;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wops.domain.partnership.AreaLabel;
import org.wops.domain.reference.WorkingArea;

/**
 * One entry of {@code workingAreas} (issue 16, item 6): a working area's code as before ({@code
 * "NRW"}), or an object with the source's own label beside the code it maps to ({@code
 * {"code":"NRW","sourceLabel":"réduction des pertes en eau"}}) or alone ({@code
 * {"sourceLabel":"gouvernance locale"}}: the secretariat's mapping gives it a code if it has one;
 * otherwise it stays a label, shown and not counted as an area). Read by {@link
 * org.wops.api.json.JsonBinding.WorkingAreaReader}.
 */
public class WorkingAreaInput {
  @Size(max = WorkingArea.CODE_MAX, message = "can be at most {max} characters")
  public String code;

  @Size(max = AreaLabel.LABEL_MAX, message = "can be at most {max} characters")
  public String sourceLabel;

  public WorkingAreaInput() {}

  public WorkingAreaInput(String code, String sourceLabel) {
    this.code = code;
    this.sourceLabel = sourceLabel;
  }

  /** The codes the entries name (those of labels included). */
  static Set<String> codes(List<WorkingAreaInput> entries) {
    Set<String> codes = new TreeSet<>();
    for (WorkingAreaInput e : entries == null ? List.<WorkingAreaInput>of() : entries) {
      if (e != null && e.code != null && !e.code.isBlank()) {
        codes.add(e.code.strip());
      }
    }
    return codes;
  }

  /**
   * The sources' labels the entries give; null when none gives one (plain codes: the labels kept
   * for those codes stay).
   */
  static List<AreaLabel> labels(List<WorkingAreaInput> entries) {
    List<AreaLabel> labels = new ArrayList<>();
    for (WorkingAreaInput e : entries == null ? List.<WorkingAreaInput>of() : entries) {
      if (e != null && e.sourceLabel != null && !e.sourceLabel.isBlank()) {
        labels.add(new AreaLabel(e.code, e.sourceLabel));
      }
    }
    return labels.isEmpty() ? null : labels;
  }
}
