package org.wops.domain.partnership;

import java.util.Objects;

/**
 * Where a recorded partnership came from when it was imported from an IATI 2.03 file: the
 * activity's IATI identifier (unique on the platform: a second import of the same activity makes
 * nothing twice) and a digest of what the activity said when it was imported (a later file whose
 * activity says the same is "unchanged"; one that says something else is reported as changed).
 */
public record IatiOrigin(String identifier, String digest) {
  public static final int IDENTIFIER_MAX = 255;

  public IatiOrigin {
    Objects.requireNonNull(identifier, "identifier is required");
    Objects.requireNonNull(digest, "digest is required");
    if (identifier.isBlank() || identifier.length() > IDENTIFIER_MAX) {
      throw new org.wops.domain.shared.DomainRuleViolation(
          "iati.identifier",
          "iati-identifier",
          "An IATI identifier is 1 to " + IDENTIFIER_MAX + " characters.");
    }
  }
}
