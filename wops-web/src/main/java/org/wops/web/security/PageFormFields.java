package org.wops.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wops.api.validation.ControlCharacters;

/**
 * The fields of a page's form post that held characters {@link ControlCharacters} refuses, and the
 * post as the page reads it: each such field without them. A vertical tab or form feed (Word's soft
 * line break and page break, pasted) becomes a line break — kept as such in a multi-line field (a
 * text area), said beside any other field —; every other refused character is taken out and said
 * beside its field ({@code PageFormMessages}), so that the page shows the input again, never a
 * problem in JSON.
 */
public final class PageFormFields {
  /** The request attribute that holds them. */
  public static final String ATTRIBUTE = PageFormFields.class.getName();

  /** A field's refused character: the first one taken out, or only line breaks (VT, FF). */
  public record Refused(String name, int codePoint, boolean onlyLineBreaks) {
    /** The character as a reader can look it up: "U+001B". */
    public String character() {
      return String.format("U+%04X", codePoint);
    }
  }

  private final Map<String, String[]> cleaned;
  private final Map<String, Refused> refused;

  private PageFormFields(Map<String, String[]> cleaned, Map<String, Refused> refused) {
    this.cleaned = cleaned;
    this.refused = refused;
  }

  /**
   * The form's fields without the refused characters, or {@code null} when none held one. A field's
   * name with a refused character is no page's field: {@code null} too (the caller refuses it).
   */
  static PageFormFields of(Map<String, String[]> form) {
    Map<String, String[]> cleaned = new LinkedHashMap<>();
    Map<String, Refused> refused = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> parameter : form.entrySet()) {
      if (ControlCharacters.firstRefused(parameter.getKey(), false) >= 0) {
        return null;
      }
      String[] values = parameter.getValue().clone();
      for (int i = 0; i < values.length; i++) {
        String v = values[i];
        int at = ControlCharacters.firstRefused(v, true);
        if (at < 0) {
          continue;
        }
        StringBuilder kept = new StringBuilder(v.length());
        int first = -1;
        for (int j = 0; j < v.length(); j++) {
          char c = v.charAt(j);
          boolean pair =
              Character.isHighSurrogate(c)
                  && j + 1 < v.length()
                  && Character.isLowSurrogate(v.charAt(j + 1));
          if (pair) {
            kept.append(c).append(v.charAt(++j));
          } else if (c == '\u000B' || c == '\u000C') {
            kept.append('\n');
          } else if (ControlCharacters.firstRefused(String.valueOf(c), true) >= 0) {
            first = first < 0 ? c : first;
          } else {
            kept.append(c);
          }
        }
        values[i] = kept.toString();
        Refused before = refused.get(parameter.getKey());
        if (before == null || before.onlyLineBreaks()) {
          refused.put(
              parameter.getKey(),
              new Refused(parameter.getKey(), first < 0 ? v.charAt(at) : first, first < 0));
        }
      }
      cleaned.put(parameter.getKey(), values);
    }
    return refused.isEmpty() ? null : new PageFormFields(cleaned, refused);
  }

  /** Each field that held a refused character, by its name (a component's client id). */
  public Map<String, Refused> refused() {
    return Collections.unmodifiableMap(refused);
  }

  /** The request as the page reads it: every field without its refused characters. */
  HttpServletRequest request(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getParameter(String name) {
        String[] values = cleaned.get(name);
        return values == null || values.length == 0 ? null : values[0];
      }

      @Override
      public String[] getParameterValues(String name) {
        String[] values = cleaned.get(name);
        return values == null ? null : values.clone();
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(cleaned);
      }

      @Override
      public java.util.Enumeration<String> getParameterNames() {
        return Collections.enumeration(cleaned.keySet());
      }
    };
  }
}
