package org.wops.domain.shared;

/** Something that was asked for by its id does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final Object id;

  public NotFoundException(String kind, Object id) {
    super("No " + kind + " with id " + id + ".");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public Object id() {
    return id;
  }
}
