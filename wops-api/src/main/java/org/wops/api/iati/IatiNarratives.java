package org.wops.api.iati;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wops.domain.shared.WrittenText;

/**
 * The export's narratives, each saying only the language that is known of it (see
 * docs/DEVELOPING.md, IATI): a text of the content in its declared language and its translations in
 * theirs; the sources' and users' words, whose language nobody declared, without {@code xml:lang}
 * (the activity has no default language that they would inherit); the platform's own words in
 * English, never glued into the sources' words but a narrative of their own beside them.
 */
final class IatiNarratives {
  /** What the platform's English narrative beside the sources' words says of them. */
  static final String WORDS = "the sources' words are the narrative without a language";

  private IatiNarratives() {}

  /** A narrative the platform writes itself, in English. */
  static void english(XMLStreamWriter x, String text) throws XMLStreamException {
    x.writeStartElement("narrative");
    x.writeAttribute("xml:lang", "en");
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }

  /** Words whose language nobody declared (a name, a user's note): no language is claimed. */
  static void undeclared(XMLStreamWriter x, String text) throws XMLStreamException {
    x.writeStartElement("narrative");
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }

  /**
   * The sources' words (each a narrative without a language), then what they are in the platform's
   * English, a narrative of its own: "Prêt BAD…" beside "How the WOP is funded: the sources' words
   * are the narrative without a language."
   */
  static void worded(XMLStreamWriter x, List<String> words, String english)
      throws XMLStreamException {
    for (String w : words) {
      undeclared(x, w);
    }
    english(x, english);
  }

  /**
   * A text of the content: the original in its own language (no {@code xml:lang} when nobody
   * declared it), then each translation in its language.
   */
  static void written(XMLStreamWriter x, WrittenText text) throws XMLStreamException {
    x.writeStartElement("narrative");
    Optional<String> language = text.language().declared();
    if (language.isPresent()) {
      x.writeAttribute("xml:lang", language.get());
    }
    x.writeCharacters(text.text());
    x.writeEndElement();
    for (Map.Entry<String, String> t : text.language().translations().entrySet()) {
      x.writeStartElement("narrative");
      x.writeAttribute("xml:lang", t.getKey());
      x.writeCharacters(t.getValue());
      x.writeEndElement();
    }
  }
}
