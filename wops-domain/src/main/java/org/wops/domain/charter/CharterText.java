package org.wops.domain.charter;

import org.wops.domain.shared.Texts;

/**
 * The text of a Charter version in one language: its title, guiding principles and code of conduct,
 * all three required.
 */
public record CharterText(String title, String principles, String codeOfConduct) {

  /** The text, checked; {@code prefix} names its fields in a violation ({@code fr.title}...). */
  public static CharterText of(
      String title, String principles, String codeOfConduct, String prefix) {
    return new CharterText(
        Texts.required(title, "charter.title", prefix + "title", "The title", 200),
        Texts.required(
            principles,
            "charter.principles",
            prefix + "principles",
            "The guiding principles",
            100_000),
        Texts.required(
            codeOfConduct,
            "charter.codeOfConduct",
            prefix + "codeOfConduct",
            "The code of conduct",
            100_000));
  }
}
