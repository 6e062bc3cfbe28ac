package org.wops.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Money rules of a WOP (Charter: not for profit): amounts are never negative and carry at most two
 * decimals; a currency is an ISO 4217 code. Amounts are {@link BigDecimal}, never floating point.
 */
public final class Amounts {
  private static final Set<String> ISO_4217 =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * No amount of a WOP reaches a trillion in any currency: larger ones are typing errors or abuse
   * (999,999,999,999,999 once went straight into the public statistics).
   */
  public static final BigDecimal MAX = new BigDecimal("1000000000000");

  private Amounts() {}

  /** A contribution or cost: zero when absent, refused when negative or finer than a cent. */
  public static BigDecimal nonNegative(BigDecimal amount, String field) {
    if (amount == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (amount.signum() < 0) {
      throw new DomainRuleViolation(
          "money.negative",
          field,
          "Amounts are never negative: a WOP records costs and contributions only.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new DomainRuleViolation("money.precision", field, "Amounts have at most two decimals.");
    }
    if (amount.compareTo(MAX) > 0) {
      throw new DomainRuleViolation(
          "money.too-large",
          field,
          "Amounts are at most 1,000,000,000,000 (10^12) in any currency.");
    }
    return amount.setScale(2);
  }

  /**
   * A contribution that may be unknown: absent (null) when nobody stated it, which is not zero;
   * otherwise checked as {@link #nonNegative}.
   */
  public static BigDecimal stated(BigDecimal amount, String field) {
    return amount == null ? null : nonNegative(amount, field);
  }

  /** Whether two amounts that may be unknown are the same (both unknown, or equal in value). */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** An ISO 4217 currency code, upper case. */
  public static String currency(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new DomainRuleViolation("currency.required", field, "The currency is required.");
    }
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!ISO_4217.contains(c)) {
      throw new DomainRuleViolation(
          "currency.invalid",
          field,
          "'" + code + "' is not an ISO 4217 currency code (for example USD, EUR or XOF).",
          code);
    }
    return c;
  }
}
