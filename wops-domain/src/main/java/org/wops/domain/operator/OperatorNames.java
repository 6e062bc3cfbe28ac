package org.wops.domain.operator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When two operators are likely the same: their names are equal once accents, case, apostrophe and
 * dash forms and runs of spaces are set aside (Unicode NFKD, marks stripped), in the same country.
 * "Société Béninoise des Eaux" and "SOCIETE BENINOISE DES EAUX" in BJ are one operator.
 */
public final class OperatorNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES =
      Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private OperatorNames() {}

  /** The key two likely duplicates share: the folded name and the country code. */
  public static String key(String name, CountryCode country) {
    Objects.requireNonNull(name, "name is required");
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    folded = APOSTROPHES.matcher(folded).replaceAll("'");
    folded = DASHES.matcher(folded).replaceAll("-");
    folded = SPACES.matcher(folded.strip()).replaceAll(" ");
    // "Đ" and "ł" have no decomposition: fold the usual ones by hand
    folded = folded.replace('Đ', 'D').replace('đ', 'd').replace('Ł', 'L').replace('ł', 'l');
    return folded.toLowerCase(Locale.ROOT) + "|" + (country == null ? "" : country.code());
  }
}
