package org.wops.domain.shared;

/**
 * Which page of a listing is wanted: zero-based page number and page size (1 to {@value
 * #MAX_SIZE}).
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new DomainRuleViolation(
          "page.number.negative", "page", "The page number cannot be negative.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new DomainRuleViolation(
          "page.size.out-of-range",
          "size",
          "The page size must be between 1 and " + MAX_SIZE + ".");
    }
  }

  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  public int offset() {
    return page * size;
  }
}
