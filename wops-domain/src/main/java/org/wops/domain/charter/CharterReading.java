package org.wops.domain.charter;

import org.wops.domain.shared.Language;

/**
 * A Charter version as a reader of one language sees it: the text in that language, or the English
 * one when the version has no translation into it ({@link #isFallback}).
 */
public record CharterReading(CharterText text, Language language, Language requested) {

  /** Whether the text shown is English because the requested language is missing. */
  public boolean isFallback() {
    return language != requested;
  }
}
