package org.wops.domain.operator;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two operators are likely the same: one of the names of one (its name, short name, former or
 * alternative names) equals one of the names of the other once accents, case, apostrophe and dash
 * forms, runs of spaces, German umlauts written out ("ae" for "ä") and a trailing legal form
 * ("GmbH", "SA", "Ltd") are set aside (Unicode NFKD, marks stripped), in the same country. A name's
 * part in brackets counts as a name of its own ("Societe Beninoise des Eaux (SONEB)" is also
 * "SONEB"). "Société Béninoise des Eaux" and "SOCIETE BENINOISE DES EAUX" in BJ are one operator,
 * and so are "Stadtentwässerung Dresden" and "Stadtentwaesserung Dresden GmbH" in DE.
 */
public final class OperatorNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES =
      Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern UMLAUTS = Pattern.compile("([aou])e");
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "[\\s,]+(gmbh|ag|kg|eg|e\\.?v\\.?|s\\.?a\\.?|s\\.?a\\.?s\\.?|sarl|s\\.?a\\.?r\\.?l\\.?"
              + "|s\\.?p\\.?a\\.?|ltd\\.?|ltda\\.?|limited|plc|inc\\.?|llc|b\\.?v\\.?|n\\.?v\\.?"
              + "|jsc|co\\.?)$");
  private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");

  private OperatorNames() {}

  /** The key two likely duplicates share: the folded name and the country code. */
  public static String key(String name, CountryCode country) {
    Objects.requireNonNull(name, "name is required");
    return fold(name) + "|" + (country == null ? "" : country.code());
  }

  /**
   * The keys of one name: the name itself, and, when it holds a part in brackets, the name without
   * it and the part alone.
   */
  public static Set<String> keys(String name, CountryCode country) {
    Set<String> keys = new LinkedHashSet<>();
    if (name == null || name.isBlank()) {
      return keys;
    }
    keys.add(key(name, country));
    Matcher m = BRACKETS.matcher(name);
    boolean bracketed = false;
    while (m.find()) {
      bracketed = true;
      if (!m.group(1).isBlank()) {
        keys.add(key(m.group(1), country));
      }
    }
    if (bracketed) {
      String outside = BRACKETS.matcher(name).replaceAll(" ");
      if (!outside.isBlank()) {
        keys.add(key(outside, country));
      }
    }
    return keys;
  }

  /** Every key of every name of an operator with these details. */
  public static Set<String> keysOf(OperatorDetails details) {
    Set<String> keys = new LinkedHashSet<>(keys(details.name(), details.country()));
    keys.addAll(keys(details.shortName(), details.country()));
    for (OtherName other : details.otherNames()) {
      keys.addAll(keys(other.name(), details.country()));
    }
    return keys;
  }

  /**
   * The name with every apostrophe straight and every dash a hyphen: "Dji’i" and "Dji'i" are the
   * same name as written (a former or alternative name given twice).
   */
  static String sameMarks(String name) {
    return DASHES.matcher(APOSTROPHES.matcher(name).replaceAll("'")).replaceAll("-");
  }

  /**
   * A name as an operator's names are told apart: case, runs of spaces, curly or straight
   * apostrophes and dashes aside ("Dji’i" is "dji'i").
   */
  public static String written(String name) {
    return sameMarks(name.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
  }

  private static String fold(String name) {
    String folded = name.replace("ß", "ss").replace("ẞ", "SS");
    folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
    folded = APOSTROPHES.matcher(folded).replaceAll("'");
    folded = DASHES.matcher(folded).replaceAll("-");
    folded = SPACES.matcher(folded.strip()).replaceAll(" ");
    // "Đ" and "ł" have no decomposition: fold the usual ones by hand
    folded = folded.replace('Đ', 'D').replace('đ', 'd').replace('Ł', 'L').replace('ł', 'l');
    folded = folded.toLowerCase(Locale.ROOT);
    folded = LEGAL_FORM.matcher(folded).replaceAll("");
    return UMLAUTS.matcher(folded).replaceAll("$1");
  }
}
