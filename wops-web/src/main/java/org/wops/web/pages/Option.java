package org.wops.web.pages;

/**
 * A choice of a select list (the directory's filters, the wizard's pickers): its value, what the
 * user reads.
 */
public record Option(String value, String label) {
  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }
}
