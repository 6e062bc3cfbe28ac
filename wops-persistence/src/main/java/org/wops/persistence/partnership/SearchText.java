package org.wops.persistence.partnership;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The form in which text is searched, the same for what is stored and for what is asked: letters
 * without their accents and in lower case, every run of other characters (spaces, punctuation,
 * straight and curly apostrophes and quotes, dashes) one space, with a space before the first word
 * and after the last. "Réduction des pertes à Kisumu – phase 2" becomes {@code " reduction des
 * pertes a kisumu phase 2 "}, "Dji’i" and "Dji'i" both {@code " dji i "}. A whole word is then
 * {@code "% word %"} and a part of one {@code "%wor%"}; the form holds no {@code %} or {@code _},
 * so patterns need no escaping.
 */
public final class SearchText {
  private SearchText() {}

  /** The searchable form of these texts, one after the other; blank when none has a letter. */
  public static String of(String... texts) {
    StringBuilder out = new StringBuilder(" ");
    for (String text : texts) {
      if (text != null) {
        append(out, text);
      }
    }
    return out.length() == 1 ? "" : out.toString();
  }

  /** The words of a query, in searchable form (no word: an empty list). */
  public static List<String> words(String query) {
    String form = of(query).strip();
    return form.isEmpty() ? List.of() : Arrays.asList(form.split(" "));
  }

  private static void append(StringBuilder out, String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue; // accents, Arabic vowel marks, zero-width joiners
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(fold(c));
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** Letters that NFKD does not decompose, written as their base letters; then lower case. */
  private static String fold(int c) {
    return switch (c) {
      case 'ß', 'ẞ' -> "ss";
      case 'Æ', 'æ' -> "ae";
      case 'Œ', 'œ' -> "oe";
      case 'Ø', 'ø' -> "o";
      case 'Đ', 'đ', 'Ð', 'ð' -> "d";
      case 'Ł', 'ł' -> "l";
      case 'ı' -> "i";
      case 'Þ', 'þ' -> "th";
      default -> new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    };
  }
}
