package org.wops.api.support;

import java.nio.charset.StandardCharsets;
import org.wops.api.json.JsonBinding;

/**
 * JSON in UTF-8 bytes, with the JAX-RS provider's own JSON-B ({@link JsonBinding#JSONB}): for
 * answers that are kept (partnership documents, public answers in {@link PublicResponses}), so that
 * each later answer is a copy, not a new encoding.
 */
public final class JsonBytes {
  private JsonBytes() {}

  public static byte[] of(Object value) {
    return JsonBinding.JSONB.toJson(value).getBytes(StandardCharsets.UTF_8);
  }
}
