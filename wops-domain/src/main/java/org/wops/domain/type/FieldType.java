package org.wops.domain.type;

/** The kind of value an extra field holds; values are kept as text and checked against the kind. */
public enum FieldType {
  TEXT,
  NUMBER,
  DATE,
  BOOLEAN,
  CHOICE
}
