package org.wops.domain.shared;

/**
 * Which page of a listing is wanted: zero-based page number and page size (1 to {@value
 * #MAX_SIZE}), and whether the matches are to be counted. A count grows with the number of matches
 * (the page does not): a caller that only follows the pages asks for none, and a listing that
 * supports it then counts only what the page itself shows (a first page holding every match, or the
 * last page).
 */
public record PageRequest(int page, int size, boolean counted) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /** A counted page. */
  public PageRequest(int page, int size) {
    this(page, size, true);
  }

  /** The same page, without a count of the matches. */
  public PageRequest uncounted() {
    return new PageRequest(page, size, false);
  }

  public PageRequest {
    if (page < 0) {
      throw new DomainRuleViolation(
          "page.number.negative", "page", "The page number cannot be negative.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new DomainRuleViolation(
          "page.size.out-of-range",
          "size",
          "The page size must be between 1 and " + MAX_SIZE + ".",
          MAX_SIZE);
    }
  }

  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  public int offset() {
    return page * size;
  }
}
