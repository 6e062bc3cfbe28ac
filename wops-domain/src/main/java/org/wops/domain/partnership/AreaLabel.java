package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.reference.WorkingArea;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A working area as a source named it (issue 16, item 6): the source's own label ("réduction des
 * pertes en eau") beside the code of the reference list it maps to ({@code NRW}), or the label
 * alone when nothing in the list fits. A label alone is shown as such and not counted as an area.
 */
@Embeddable
public class AreaLabel {
  /** The most characters a source's label holds. */
  public static final int LABEL_MAX = 200;

  @Column(name = "working_area", length = WorkingArea.CODE_MAX)
  private String code;

  @Column(name = "source_label", nullable = false, length = LABEL_MAX)
  private String label;

  protected AreaLabel() {
    // for JPA
  }

  /**
   * The source's label (required, 1 to {@link #LABEL_MAX} characters, stripped, a line break or tab
   * within it a space; its spaces kept as the source wrote them) and the code it maps to, or null.
   */
  public AreaLabel(String code, String label) {
    String l = label == null ? "" : label.strip().replaceAll("[\\t\\n\\r\\u000B\\f]+", " ");
    if (l.isEmpty() || l.length() > LABEL_MAX) {
      throw new DomainRuleViolation(
          "partnership.workingArea.label",
          "workingAreas",
          "A source's label of a working area has 1 to " + LABEL_MAX + " characters.",
          LABEL_MAX);
    }
    this.code = code == null || code.isBlank() ? null : code.strip();
    this.label = l;
  }

  /** The code of the reference list, when the label is mapped. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public String label() {
    return label;
  }

  public boolean isMapped() {
    return code != null;
  }

  /** This label mapped to {@code code}. */
  public AreaLabel mappedTo(String mapped) {
    return new AreaLabel(mapped, label);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaLabel a && Objects.equals(code, a.code) && label.equals(a.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, label);
  }

  @Override
  public String toString() {
    return code == null ? "\"" + label + "\"" : code + " (\"" + label + "\")";
  }
}
