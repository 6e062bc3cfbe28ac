package org.wops.api.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/**
 * JSON documents of objects the domain keeps in memory (public search pages, key figures): as long
 * as the domain hands out the same object, its JSON is written once. Keys are held weakly and
 * compared by identity, so a document lives exactly as long as the domain keeps its object — when
 * the domain forgets it (a change, its TTL), the next answer is a new object and a new document.
 */
@ApplicationScoped
public class KeptJson {
  /**
   * The same JSON-B defaults as the JAX-RS provider's, so a kept document reads like a fresh one.
   */
  public static final Jsonb JSON = JsonbBuilder.create();

  private final Cache<Object, byte[]> documents =
      Caffeine.newBuilder().weakKeys().maximumSize(4_000).executor(Runnable::run).build();

  /**
   * The JSON of this object, in UTF-8 (an object the domain keeps; anything else is simply
   * written). Bytes, so that each answer is a copy, not an encoding.
   */
  public byte[] of(Object kept) {
    return documents.get(kept, KeptJson::write);
  }

  /** The object's JSON in UTF-8. */
  public static byte[] write(Object value) {
    return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
  }
}
