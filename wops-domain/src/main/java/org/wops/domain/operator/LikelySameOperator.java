package org.wops.domain.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two operators of one country are likely the same (what registering, editing and importing
 * show as likely duplicates): one of the names of one (name, short name, former or alternative
 * names, a part in brackets) is one of the other's ({@link OperatorNames#keysOf}), or is found in
 * one of the other's as whole words once accents, case, apostrophes, hyphens and dots are set aside
 * and legal-form words ("SA", "S.A.", "SARL", "EP", "GmbH", "Ltd", "Company", "Société",
 * "Empresa"…) are dropped at the edges. So "SBEE Société Béninoise des Eaux SA" is likely "Société
 * Béninoise des Eaux" (short name "SBEE"), and "Régie Autonome de l’Eau de Bobo" likely "Régie
 * Autonome de l’Eau de Bobo-Dioulasso" (a hyphenated place name cut short). A name found in another
 * counts only when it holds a word of its own: one that is no article and none of the words every
 * utility's name shares ("Office", "National", "Eau", "Agua"…), so that "Office National de l’Eau"
 * is not taken for "Office National de l’Eau et de l’Assainissement" by its generic words alone.
 */
public final class LikelySameOperator {
  private static final Pattern DOTS = Pattern.compile("\\.");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Legal forms and the words that say "company": set aside at a name's edges. */
  private static final Set<String> LEGAL =
      folded(
          "sa",
          "sas",
          "sasu",
          "sarl",
          "sau",
          "sal",
          "sem",
          "spa",
          "srl",
          "sl",
          "slu",
          "sac",
          "saa",
          "gmbh",
          "ag",
          "kg",
          "eg",
          "ev",
          "ltd",
          "ltda",
          "limited",
          "plc",
          "inc",
          "llc",
          "bv",
          "nv",
          "jsc",
          "pjsc",
          "co",
          "corp",
          "company",
          "ep",
          "epe",
          "epic",
          "ese",
          "esp",
          "eice",
          "se",
          "societe",
          "ste",
          "compagnie",
          "cie",
          "empresa",
          "compania",
          "companhia",
          "sociedad",
          "sociedade",
          "sociedade",
          "anonyme",
          "anonima",
          "cv",
          "de");

  /** Articles and the like: never a word of a name's own. */
  private static final Set<String> ARTICLES =
      folded(
          "de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "au", "aux", "a", "of", "the",
          "and", "for", "y", "e", "el", "los", "las", "del", "al", "da", "do", "dos", "das", "und",
          "der", "die", "fur", "von", "i");

  /** Words that many utilities' names share: not enough on their own. */
  private static final Set<String> GENERIC =
      folded(
          "eau",
          "eaux",
          "agua",
          "aguas",
          "water",
          "waters",
          "wasser",
          "abwasser",
          "potable",
          "drinking",
          "assainissement",
          "sanitation",
          "sewerage",
          "sewer",
          "saneamiento",
          "saneamento",
          "alcantarillado",
          "acueducto",
          "acueductos",
          "abastecimiento",
          "electricite",
          "electrique",
          "electricity",
          "electric",
          "energie",
          "energy",
          "energia",
          "office",
          "national",
          "nationale",
          "nacional",
          "regie",
          "autonome",
          "autonomous",
          "municipal",
          "municipale",
          "municipalidad",
          "public",
          "publique",
          "publica",
          "publico",
          "service",
          "services",
          "servicio",
          "servicios",
          "servicos",
          "utility",
          "utilities",
          "authority",
          "board",
          "corporation",
          "agence",
          "agency",
          "direction",
          "general",
          "generale",
          "communal",
          "communale",
          "distribution",
          "supply",
          "operator",
          "operateur",
          "operador",
          "cooperative",
          "cooperativa",
          "provincial",
          "regional",
          "city",
          "ville",
          "urban",
          "urbain",
          "urbaine",
          "rural",
          "stadtwerke",
          "compagnie",
          "societe",
          "empresa",
          "sociedad",
          "company");

  /** Words folded as names are (an "ue" is a "u", as for German umlauts written out). */
  private static Set<String> folded(String... words) {
    return java.util.Arrays.stream(words)
        .map(w -> OperatorNames.key(w, null))
        .map(k -> k.substring(0, k.length() - 1))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private final String country;
  private final Set<String> keys;
  private final List<List<String>> names;

  private LikelySameOperator(OperatorDetails details) {
    this.country = details.country() == null ? "" : details.country().code();
    this.keys = OperatorNames.keysOf(details);
    this.names = new ArrayList<>();
    addNames(details.name());
    addNames(details.shortName());
    for (OtherName other : details.otherNames()) {
      addNames(other.name());
    }
  }

  /** An operator's names, ready to be compared with another's. */
  public static LikelySameOperator of(OperatorDetails details) {
    return new LikelySameOperator(details);
  }

  /**
   * Names without a country (an IATI file's participating organisation): compared with {@link
   * #namesAlike}, never taken for the same operator by {@link #likelySame}.
   */
  public static LikelySameOperator ofNames(String... names) {
    return new LikelySameOperator(names);
  }

  private LikelySameOperator(String[] given) {
    this.country = "";
    this.keys = Set.of();
    this.names = new ArrayList<>();
    for (String name : given) {
      addNames(name);
    }
  }

  /** Whether two operators with these details are likely the same. */
  public static boolean likelySame(OperatorDetails a, OperatorDetails b) {
    return of(a).likelySame(of(b));
  }

  /** Whether this operator and the other are likely the same (in the same country). */
  public boolean likelySame(LikelySameOperator other) {
    return country.equals(other.country) && namesAlike(other);
  }

  /**
   * Whether one of these names is one of the other's or found in it as whole words, wherever the
   * two are (a name without a country is compared so).
   */
  public boolean namesAlike(LikelySameOperator other) {
    if (other.keys.stream().anyMatch(keys::contains)
        || other.names.stream().anyMatch(names::contains)) {
      return true;
    }
    for (List<String> mine : names) {
      for (List<String> theirs : other.names) {
        if (foundIn(mine, theirs) || foundIn(theirs, mine)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether one of this operator's names is one of the other's (in the same country), accents, case
   * and the like aside: a closer likeness than a name found in another.
   */
  public boolean sameName(LikelySameOperator other) {
    return country.equals(other.country) && other.keys.stream().anyMatch(keys::contains);
  }

  private void addNames(String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    for (String key : OperatorNames.keys(name, null)) {
      List<String> w = words(key.substring(0, key.length() - 1));
      if (!w.isEmpty() && !names.contains(w)) {
        names.add(w);
      }
    }
  }

  /**
   * A folded name's words (dots dropped, so "s.a." is "sa"; apostrophes, hyphens and other marks
   * apart), without the legal-form words at its edges.
   */
  static List<String> words(String folded) {
    String spaced = NOT_LETTERS.matcher(DOTS.matcher(folded).replaceAll("")).replaceAll(" ");
    List<String> words = new ArrayList<>(List.of(spaced.strip().split(" ")));
    words.removeIf(String::isEmpty);
    while (!words.isEmpty() && LEGAL.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && LEGAL.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /** Whether the part, holding a word of its own, is found in the whole as whole words. */
  static boolean foundIn(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.size() > whole.size() || !ownWord(part)) {
      return false;
    }
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      if (whole.subList(i, i + part.size()).equals(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownWord(List<String> words) {
    return words.stream()
        .anyMatch(
            w ->
                w.length() > 1
                    && !ARTICLES.contains(w)
                    && !GENERIC.contains(w)
                    && !LEGAL.contains(w));
  }
}
