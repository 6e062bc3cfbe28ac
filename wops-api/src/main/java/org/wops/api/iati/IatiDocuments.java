package org.wops.api.iati;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership's documents as IATI 2.03 {@code document-link}s, so that an export imported again
 * keeps them: the agreement's evidence when it is a link (category A09, memorandum of
 * understanding: a WOP's agreement is one, signed by all its partners), marked {@code
 * wops:agreement} ("signed" or "evidence"), and each source that has a link (category A12, activity
 * web page: a page or document about the activity; the platform does not know more of its kind),
 * its title and note in the sources' words. The format is the media type the link's extension
 * names, else {@code application/octet-stream} (unknown: the platform never fetched it). A date not
 * known to the day is written as its first day, with its precision in {@code wops:dated}
 * ("2016-11").
 */
final class IatiDocuments {
  static final String SOURCE_CATEGORY = "A12";
  static final String AGREEMENT_CATEGORY = "A09";
  static final String UNKNOWN_FORMAT = "application/octet-stream";

  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("htm", "text/html"),
          Map.entry("html", "text/html"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("xml", "application/xml"),
          Map.entry("json", "application/json"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("zip", "application/zip"));

  private IatiDocuments() {}

  static void write(XMLStreamWriter x, Partnership p) throws XMLStreamException {
    RecordedHistory h = p.history();
    Optional<String> agreement = h.isRecorded() ? h.agreementLink() : Optional.empty();
    if (agreement.isPresent()) {
      boolean signed = h.agreementSigned();
      x.writeStartElement("document-link");
      x.writeAttribute("url", agreement.get());
      x.writeAttribute("format", format(agreement.get()));
      x.writeAttribute("wops", IatiWriter.WOPS_NS, "agreement", signed ? "signed" : "evidence");
      x.writeStartElement("title");
      IatiNarratives.english(
          x,
          signed
              ? "The partnership's agreement, signed outside the platform"
              : "Evidence of the partnership's agreement");
      x.writeEndElement();
      category(x, AGREEMENT_CATEGORY);
      date(x, h.agreementSignedOn());
      x.writeEndElement();
    }
    for (Source s : p.sources()) {
      if (s.link().isEmpty()) {
        continue;
      }
      x.writeStartElement("document-link");
      x.writeAttribute("url", s.link().get());
      x.writeAttribute("format", format(s.link().get()));
      x.writeStartElement("title");
      IatiNarratives.undeclared(x, s.title());
      x.writeEndElement();
      if (s.note().isPresent()) {
        x.writeStartElement("description");
        IatiNarratives.undeclared(x, s.note().get());
        x.writeEndElement();
      }
      category(x, SOURCE_CATEGORY);
      date(x, s.dated());
      x.writeEndElement();
    }
  }

  private static void category(XMLStreamWriter x, String code) throws XMLStreamException {
    x.writeEmptyElement("category");
    x.writeAttribute("code", code);
  }

  private static void date(XMLStreamWriter x, Optional<PartialDate> dated)
      throws XMLStreamException {
    if (dated.isEmpty()) {
      return;
    }
    PartialDate d = dated.get();
    x.writeEmptyElement("document-date");
    x.writeAttribute("iso-date", d.first().toString());
    if (!d.isDay()) {
      x.writeAttribute("wops", IatiWriter.WOPS_NS, "dated", d.toString());
    }
  }

  /** The media type the link's extension names ("…/rapport-2014.pdf"), else unknown. */
  static String format(String link) {
    String path = link;
    int cut = path.indexOf("://");
    path = cut < 0 ? path : path.substring(cut + 3);
    for (char end : new char[] {'#', '?'}) {
      int at = path.indexOf(end);
      path = at < 0 ? path : path.substring(0, at);
    }
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return UNKNOWN_FORMAT;
    }
    String name = path.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return UNKNOWN_FORMAT;
    }
    return FORMATS.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN_FORMAT);
  }
}
