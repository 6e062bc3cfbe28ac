package org.wops.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.wops.domain.shared.DomainRuleViolation;

/** A country, named by its ISO 3166-1 alpha-2 code ({@code KE}, {@code FR}, {@code BO}). */
@Embeddable
public class CountryCode {
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  @Column(name = "country_code", length = 2, nullable = false)
  private String code;

  protected CountryCode() {
    // for JPA
  }

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * The country with this code. Lower case is accepted and normalised ({@code ke} is {@code KE});
   * anything that is not an assigned ISO 3166-1 alpha-2 code is refused.
   */
  public static CountryCode of(String code) {
    if (code == null || code.isBlank()) {
      throw new DomainRuleViolation("country.required", "country", "The country is required.");
    }
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    if (!ISO_COUNTRIES.contains(normalised)) {
      throw new DomainRuleViolation(
          "country.invalid",
          "country",
          "'" + code + "' is not an ISO 3166-1 alpha-2 country code (for example KE, FR or BO).",
          code);
    }
    return new CountryCode(normalised);
  }

  public String code() {
    return code;
  }

  /** The country's name in the given language, for pages and mails. */
  public String displayName(Locale language) {
    return new Locale("", code).getDisplayCountry(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode other && Objects.equals(code, other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
