package org.wops.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.shared.AlreadySent;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.OnceSent;
import org.wops.domain.user.Viewer;

/**
 * A POST that creates a partnership, made once per {@value #HEADER} (the IETF httpapi draft's
 * header): a client that sent it, timed out and sends it again with the same key gets the
 * partnership the first one made (200, not a second one, 201). The key is the client's (8 to 200
 * visible ASCII characters, a UUID say), kept for {@link OnceSent#KEPT} per user — the same
 * one-time claim the pages' creating forms make, so a key names one creation of one user. A request
 * without the header creates as before. What a replay answers is the partnership as it is now: the
 * body the retry sent is not compared with the first one's.
 */
@ApplicationScoped
public class IdempotencyKey {
  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,200}");

  @Inject OnceSent once;
  @Inject PartnershipReads partnerships;

  /** A partnership created, or the one the same key created before ({@code replayed}). */
  public record Made(Partnership partnership, boolean replayed) {
    /** The answer's start: 201 (or 200 for a replay), its Location and the version as ETag. */
    public jakarta.ws.rs.core.Response.ResponseBuilder answer(java.net.URI location) {
      return jakarta.ws.rs.core.Response.status(replayed ? 200 : 201)
          .location(location)
          .tag(IfMatch.tag(partnership.version()));
    }
  }

  /**
   * Creates with {@code create} unless this caller's {@code key} (null: none) created before at
   * this endpoint ({@code endpoint}: a key names one creation of one user at one address).
   */
  public Made create(String key, Viewer caller, String endpoint, Supplier<Partnership> create) {
    if (key == null) {
      return new Made(create.get(), false);
    }
    if (!KEY.matcher(key).matches()) {
      throw new DomainRuleViolation(
          "idempotency-key",
          HEADER,
          "must be 8 to 200 visible ASCII characters (a UUID, say), without spaces.");
    }
    Partnership[] made = new Partnership[1];
    try {
      once.once(
          formId(caller.actor(), endpoint + "\u0000" + key),
          caller.actor(),
          () -> {
            made[0] = create.get();
            return made[0].id();
          });
      return new Made(made[0], false);
    } catch (AlreadySent first) {
      return new Made(partnerships.readable(caller, first.madeId()), true);
    }
  }

  /** The one-time id a user's key stands for: the user's name and the key, hashed. */
  static String formId(String actor, String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((actor + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
      return "f" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
