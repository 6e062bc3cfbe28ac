package org.wops.domain.user;

/** What a signed-in person may do. */
public enum Role {
  /**
   * The alliance secretariat: everything, including the Charter, reference lists, users and the
   * mail outbox.
   */
  ADMIN,
  /** A platform or programme coordinator: follows its partnerships, approves or returns updates. */
  COORDINATOR,
  /** An operator's WOP coordinator: registers, proposes and runs partnerships. */
  OPERATOR_EDITOR,
  /** A donor or funding partner: reads the partnerships it funds. */
  DONOR;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String COORDINATOR_NAME = "COORDINATOR";
  public static final String OPERATOR_EDITOR_NAME = "OPERATOR_EDITOR";
  public static final String DONOR_NAME = "DONOR";
}
