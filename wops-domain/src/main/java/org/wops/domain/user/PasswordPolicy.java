package org.wops.domain.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters, not built on the user's own
 * name, and not guessable — nbvcxz estimates the guesses an attacker needs from its dictionaries of
 * common and leaked passwords, words, names, keyboard walks, dates and repeats (a ported,
 * maintained zxcvbn), and a password under {@link #MIN_ENTROPY_BITS} bits (about 65,000 guesses) is
 * refused. Sign-ins are throttled, so that bar is reached only over months of tries.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  /** Fewer bits than this, and the password is refused. */
  public static final double MIN_ENTROPY_BITS = 16;

  private static final List<Dictionary> DEFAULT_DICTIONARIES =
      ConfigurationBuilder.getDefaultDictionaries();
  private static final Nbvcxz PLAIN = new Nbvcxz();

  private PasswordPolicy() {}

  /** Refuses the password with the rule it breaks (field {@code password}). */
  public static void check(String password, String username, String displayName) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new DomainRuleViolation(
          "user.password.too-short",
          "password",
          "A password has at least " + MIN_LENGTH + " characters.",
          MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new DomainRuleViolation(
          "user.password.too-long",
          "password",
          "A password has at most " + MAX_LENGTH + " characters.",
          MAX_LENGTH);
    }
    double plain = PLAIN.estimate(password).getEntropy();
    if (plain < MIN_ENTROPY_BITS) {
      throw guessable();
    }
    List<String> own = new ArrayList<>();
    for (String name : new String[] {username, displayName}) {
      if (name != null && name.strip().length() >= 3) {
        own.add(name.strip().toLowerCase(Locale.ROOT));
        for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (part.length() >= 3) {
            own.add(part);
          }
        }
      }
    }
    if (own.isEmpty()) {
      return;
    }
    List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
    DictionaryBuilder user = new DictionaryBuilder().setDictionaryName("user").setExclusion(true);
    own.forEach(w -> user.addWord(w, 0));
    dictionaries.add(user.createDictionary());
    Nbvcxz personal =
        new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
    if (password.toLowerCase(Locale.ROOT).equals(own.get(0))
        || personal.estimate(password).getEntropy() < MIN_ENTROPY_BITS) {
      throw new DomainRuleViolation(
          "user.password.username",
          "password",
          "A password may not be built on the user name: an attacker tries it first.");
    }
  }

  private static DomainRuleViolation guessable() {
    return new DomainRuleViolation(
        "user.password.guessable",
        "password",
        "This password is one of the common or leaked passwords, or too close to one (a word, a"
            + " name, a keyboard pattern, a date): choose a longer, less predictable one, such as"
            + " a few unrelated words.");
  }
}
