package org.wops.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed sign-ins slow an attacker down, per account and per client address, whatever the way in
 * (HTTP Basic, API tokens, the login page): after {@link Limits#perAccount} failures for one user
 * name, or {@link Limits#perAddress} from one address, within {@link Limits#window}, further tries
 * are refused until the oldest failure leaves the window. Failures are kept in the database, so
 * every instance of a cluster counts the same ones. Unknown user names count like known ones (the
 * answer tells nothing about which exist).
 */
@ApplicationScoped
@Transactional
public class SignInThrottle {
  /** How many failures are allowed within which window. */
  public record Limits(int perAccount, int perAddress, Duration window) {}

  @Inject UserRepository users;
  @Inject Clock clock;

  /** How long the caller must wait before trying again, if it must. */
  public Optional<Duration> refusal(String username, String address, Limits limits) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime since = now.minus(limits.window());
    Duration wait = Duration.ZERO;
    if (username != null) {
      wait = max(wait, waitFor(account(username), limits.perAccount(), since, limits, now));
    }
    if (address != null) {
      wait = max(wait, waitFor(address(address), limits.perAddress(), since, limits, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** A failed try: counted for the user name (when one was given) and for the address. */
  public void failed(String username, String address, Limits limits) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<String> subjects = new ArrayList<>(2);
    if (username != null) {
      subjects.add(account(username));
    }
    if (address != null) {
      subjects.add(address(address));
    }
    users.deleteSignInFailuresBefore(now.minus(limits.window()));
    users.recordSignInFailure(subjects, now);
  }

  /** A successful sign-in forgets the account's failures (not the address's). */
  public void succeeded(String username) {
    users.clearSignInFailures(account(username));
  }

  /**
   * How long the caller must wait, if any of these subjects (each with its own limit) reached its
   * limit within the window: the same counting for requests other than sign-ins (a password reset
   * asked for an account or from an address).
   */
  public Optional<Duration> refusal(java.util.Map<String, Integer> limits, Duration window) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime since = now.minus(window);
    Limits l = new Limits(0, 0, window);
    Duration wait = Duration.ZERO;
    for (var e : limits.entrySet()) {
      wait = max(wait, waitFor(subject(e.getKey()), e.getValue(), since, l, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * Counts one request under each of these subjects, which start with {@code prefix} (forgetting
   * that prefix's counts older than the window; other prefixes keep their own windows).
   */
  public void count(String prefix, java.util.Collection<String> subjects, Duration window) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    users.deleteCountedBefore(prefix, now.minus(window));
    users.recordSignInFailure(subjects.stream().map(SignInThrottle::subject).toList(), now);
  }

  /** How many requests a subject made within the window. */
  public long counted(String subject, Duration window) {
    return users.signInFailures(subject(subject), OffsetDateTime.now(clock).minus(window)).count();
  }

  private static String subject(String s) {
    return s.length() > 300 ? s.substring(0, 300) : s;
  }

  private Duration waitFor(
      String subject, int limit, OffsetDateTime since, Limits limits, OffsetDateTime now) {
    UserRepository.SignInFailures f = users.signInFailures(subject, since);
    if (f.count() < limit || f.earliest() == null) {
      return Duration.ZERO;
    }
    Duration d = Duration.between(now, f.earliest().plus(limits.window()));
    return d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String account(String username) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    return "user:" + (name.length() > 200 ? name.substring(0, 200) : name);
  }

  private static String address(String address) {
    return "addr:" + (address.length() > 100 ? address.substring(0, 100) : address);
  }
}
