package org.wops.domain.shared;

/**
 * The caller is signed in but may not do this (an editor changing a partnership its operators do
 * not take part in, say). Carries a stable code and a readable reason.
 */
public class AccessDenied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public AccessDenied(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
