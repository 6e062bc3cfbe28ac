package org.wops.api.iati;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an {@code iati-activities} file (version 2.0x) into one tree per activity, safely: no DTD
 * (a DOCTYPE is refused before anything is read), no entity ever resolved (no external entities:
 * XXE), at most {@link #MAX_BYTES} bytes, {@link #MAX_DEPTH} levels, {@link #MAX_ELEMENTS} elements
 * and {@link #MAX_ACTIVITIES} activities, and a text's length bounded. A malformed file is refused
 * ({@link IatiFileRefused}) naming the line and the column.
 */
final class IatiActivityReader {
  static final long MAX_BYTES = org.wops.api.problem.BodySizeLimit.MAX_BYTES;
  static final int MAX_DEPTH = 32;
  static final int MAX_ELEMENTS = 200_000;
  static final int MAX_ACTIVITIES = 500;
  static final int MAX_TEXT = 20_000;

  /** The file as read: its version, default language and activities (one tree each). */
  record File(String version, String language, List<IatiNode> activities) {}

  private IatiActivityReader() {}

  static XMLInputFactory factory() {
    // the JDK's own StAX implementation, whatever else is on the class path
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException notSupported) {
      // SUPPORT_DTD=false already keeps every DTD out
    }
    return f;
  }

  static File read(InputStream body, String field) {
    InputStream in = new Limited(body, MAX_BYTES, field);
    XMLStreamReader x = null;
    try {
      x = factory().createXMLStreamReader(in);
      Deque<IatiNode> open = new ArrayDeque<>();
      List<IatiNode> activities = new ArrayList<>();
      IatiNode root = null;
      int elements = 0;
      while (x.hasNext()) {
        int event = x.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw refused(
                  field, "iati.file.doctype", "a DOCTYPE is not allowed (no DTD, no entities)", x);
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw refused(
                  field,
                  "iati.file.entity",
                  "the entity &" + x.getLocalName() + "; is not allowed",
                  x);
          case XMLStreamConstants.START_ELEMENT -> {
            if (++elements > MAX_ELEMENTS) {
              throw refused(
                  field, "iati.file.elements", "more than " + MAX_ELEMENTS + " elements", x);
            }
            if (open.size() >= MAX_DEPTH) {
              throw refused(
                  field, "iati.file.depth", "elements nested deeper than " + MAX_DEPTH, x);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < x.getAttributeCount(); i++) {
              String ns = x.getAttributeNamespace(i);
              // xml:lang, and the platform's own extension attributes (wops:dated), by prefix
              String name =
                  IatiNode.XML_NS.equals(ns)
                      ? "xml:" + x.getAttributeLocalName(i)
                      : IatiWriter.WOPS_NS.equals(ns)
                          ? "wops:" + x.getAttributeLocalName(i)
                          : x.getAttributeLocalName(i);
              attributes.put(name, x.getAttributeValue(i));
            }
            IatiNode node =
                new IatiNode(
                    x.getLocalName(),
                    x.getNamespaceURI(),
                    attributes,
                    x.getLocation().getLineNumber());
            if (root == null) {
              root = node;
              if (!node.name.equals("iati-activities") || !node.iati()) {
                throw refused(
                    field,
                    "iati.file.root",
                    "the file is not an IATI activity file (its root is <"
                        + node.name
                        + ">, not <iati-activities>)",
                    x);
              }
              String version = node.attr("version");
              if (version == null || !version.startsWith("2.0")) {
                throw refused(
                    field,
                    "iati.file.version",
                    "the file is IATI version "
                        + (version == null ? "(none)" : version)
                        + "; the platform reads 2.01 to 2.03",
                    x);
              }
            } else {
              IatiNode parent = open.peek();
              if (parent == root) {
                if (node.iati() && node.name.equals("iati-activity")) {
                  if (activities.size() >= MAX_ACTIVITIES) {
                    throw refused(
                        field,
                        "iati.file.activities",
                        "more than " + MAX_ACTIVITIES + " activities (split the file)",
                        x);
                  }
                  activities.add(node);
                }
                node.parent = root;
              } else if (parent != null) {
                node.parent = parent;
                parent.children.add(node);
              }
            }
            open.push(node);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            IatiNode n = open.peek();
            if (n != null && n != root) {
              if (n.text.length() + x.getTextLength() > MAX_TEXT) {
                throw refused(
                    field,
                    "iati.file.text",
                    "a text longer than " + MAX_TEXT + " characters in <" + n.name + ">",
                    x);
              }
              n.text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          default -> {
            // comments, processing instructions, white space
          }
        }
      }
      if (root == null) {
        throw new IatiFileRefused(field, "iati.file.empty", "The file holds no XML element.");
      }
      return new File(root.attr("version"), root.language(), activities);
    } catch (XMLStreamException e) {
      for (Throwable t = e; t != null; ) {
        if (t instanceof Limited.TooLarge large) {
          throw large.refusal;
        }
        if (t instanceof org.wops.api.problem.BodySizeLimit.TooLarge) {
          throw new IatiFileRefused(
              field,
              "iati.file.too-large",
              "The file is larger than " + MAX_BYTES + " bytes; reading stopped there.");
        }
        Throwable next =
            t instanceof XMLStreamException xe && xe.getNestedException() != null
                ? xe.getNestedException()
                : t.getCause();
        t = next == t ? null : next;
      }
      Location at = e.getLocation();
      String why = e.getMessage() == null ? "malformed XML" : e.getMessage();
      // the JDK prefixes its message with "ParseError at [row,col]:[l,c]\nMessage: "
      int m = why.indexOf("Message: ");
      why = m >= 0 ? why.substring(m + 9) : why;
      boolean placed = at != null && at.getLineNumber() > 0;
      throw new IatiFileRefused(
          field,
          "iati.file.malformed",
          (placed
                  ? "The file is not well-formed XML at line "
                      + at.getLineNumber()
                      + ", column "
                      + at.getColumnNumber()
                      + ": "
                  : "The file is not well-formed XML: ")
              + why,
          placed ? at.getLineNumber() : null,
          placed && at.getColumnNumber() > 0 ? at.getColumnNumber() : null,
          XmlProblem.of(why));
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // nothing left to read
        }
      }
    }
  }

  private static IatiFileRefused refused(
      String field, String rule, String what, XMLStreamReader x) {
    Location at = x.getLocation();
    return new IatiFileRefused(
        field,
        rule,
        "The file is refused at line "
            + at.getLineNumber()
            + ", column "
            + at.getColumnNumber()
            + ": "
            + what
            + ".");
  }

  /** A stream that stops after a number of bytes. */
  static final class Limited extends java.io.FilterInputStream {
    private final long max;
    private final String field;
    private long read;

    Limited(InputStream in, long max, String field) {
      super(in);
      this.max = max;
      this.field = field;
    }

    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
      final transient IatiFileRefused refusal;

      TooLarge(IatiFileRefused refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
      }
    }

    private void count(long n) throws IOException {
      if (n > 0) {
        read += n;
        if (read > max) {
          throw new TooLarge(
              new IatiFileRefused(
                  field,
                  "iati.file.too-large",
                  "The file is larger than " + max + " bytes; reading stopped there."));
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(n);
      return n;
    }
  }
}
