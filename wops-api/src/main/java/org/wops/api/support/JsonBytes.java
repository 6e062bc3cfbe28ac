package org.wops.api.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/**
 * JSON in UTF-8 bytes, with the same JSON-B defaults as the JAX-RS provider's: for answers that are
 * kept (partnership documents, public answers in {@link PublicResponses}), so that each later
 * answer is a copy, not a new encoding.
 */
public final class JsonBytes {
  private static final Jsonb JSON = JsonbBuilder.create();

  private JsonBytes() {}

  public static byte[] of(Object value) {
    return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
  }
}
