package org.wops.api.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of an IATI file as read (its name, namespace, attributes, text, children and where it
 * stands): a small tree per activity, so that the mapping reads like the schema.
 */
final class IatiNode {
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  final String name;
  final String namespace;
  final Map<String, String> attributes;
  final List<IatiNode> children = new ArrayList<>();
  final int line;
  final StringBuilder text = new StringBuilder();
  IatiNode parent;

  IatiNode(String name, String namespace, Map<String, String> attributes, int line) {
    this.name = name;
    this.namespace = namespace == null ? "" : namespace;
    this.attributes = attributes;
    this.line = line;
  }

  boolean iati() {
    return namespace.isEmpty();
  }

  String attr(String attribute) {
    String v = attributes.get(attribute);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The language of this element: its own xml:lang, or the nearest ancestor's. */
  String language() {
    for (IatiNode n = this; n != null; n = n.parent) {
      String l = n.attributes.get("xml:lang");
      if (l != null && !l.isBlank()) {
        return l.strip().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
  }

  String text() {
    String t = text.toString().strip();
    return t.isEmpty() ? null : t;
  }

  List<IatiNode> all(String child) {
    return children.stream().filter(c -> c.iati() && c.name.equals(child)).toList();
  }

  Optional<IatiNode> first(String child) {
    return children.stream().filter(c -> c.iati() && c.name.equals(child)).findFirst();
  }

  Optional<IatiNode> extension(String namespace, String child) {
    return children.stream()
        .filter(c -> c.namespace.equals(namespace) && c.name.equals(child))
        .findFirst();
  }

  /** The narratives of this element, each with its language (its own or the inherited one). */
  List<IatiActivity.Narrative> narratives() {
    return all("narrative").stream()
        .filter(n -> n.text() != null)
        .map(
            n ->
                new IatiActivity.Narrative(
                    n.language(), n.text(), n.attributes.containsKey("xml:lang")))
        .toList();
  }

  List<IatiActivity.Narrative> narrativesOf(String child) {
    return first(child).map(IatiNode::narratives).orElse(List.of());
  }
}
