package org.wops.api.iati;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a malformed XML file, as a stable code with its values (an element's or an
 * attribute's name), read from the JDK parser's English message, so that a page says it in the
 * reader's language: {@code end-tag} (an element not closed by its end tag), {@code tag} (a tag not
 * written to its end), {@code attribute-quote}, {@code attribute-equals}, {@code attribute-twice},
 * {@code attribute-lt}, {@code ampersand} (a {@code &} that starts no entity: write {@code &amp;}),
 * {@code character} (a character XML does not allow), {@code encoding} (bytes that are not UTF-8),
 * {@code prolog} (text before the first tag), {@code trailing} (content after the root element),
 * {@code declaration} (an XML declaration not at the very start), {@code content} (markup not well
 * formed), {@code truncated} (the file ends within an element), or {@code other}.
 */
record XmlProblem(String code, List<String> values) {
  private record Kind(String code, Pattern pattern) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("end-tag", Pattern.compile("element type \"([^\"]+)\" must be terminated")),
          new Kind("end-tag", Pattern.compile("end-tag for element type \"([^\"]+)\" must end")),
          new Kind(
              "tag",
              Pattern.compile("Element type \"([^\"]+)\" must be followed by either attribute")),
          new Kind(
              "attribute-quote", Pattern.compile("quote is expected for attribute \"([^\"]+)\"")),
          new Kind(
              "attribute-equals",
              Pattern.compile("Attribute name \"([^\"]+)\" associated with an element type")),
          new Kind(
              "attribute-twice", Pattern.compile("Attribute \"([^\"]+)\" was already specified")),
          new Kind(
              "attribute-lt",
              Pattern.compile("value of attribute \"([^\"]+)\".*must not contain the '<'")),
          new Kind("ampersand", Pattern.compile("entity name must immediately follow the '&'")),
          new Kind("ampersand", Pattern.compile("reference to entity \"([^\"]+)\" must end")),
          new Kind("character", Pattern.compile("invalid XML character")),
          new Kind("encoding", Pattern.compile("Invalid byte \\d+ of \\d+-byte UTF-8")),
          new Kind("prolog", Pattern.compile("Content is not allowed in prolog")),
          new Kind("trailing", Pattern.compile("following the root element|trailing section")),
          new Kind("declaration", Pattern.compile("processing instruction target matching")),
          new Kind("content", Pattern.compile("must consist of well-formed character data")),
          new Kind(
              "truncated",
              Pattern.compile("Premature end of file|must start and end within the same entity")));

  /** The problem the parser's message describes. */
  static XmlProblem of(String message) {
    String m = message == null ? "" : message;
    for (Kind k : KINDS) {
      Matcher found = k.pattern().matcher(m);
      if (found.find()) {
        return new XmlProblem(
            k.code(),
            found.groupCount() > 0 && found.group(1) != null ? List.of(found.group(1)) : List.of());
      }
    }
    return new XmlProblem("other", List.of());
  }
}
