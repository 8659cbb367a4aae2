package dev.tollgate;

import dev.tollgate.internal.NumericDates;
import dev.tollgate.internal.JwsAlgorithm;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The header and claim rules of a verifier, in the order they are checked. Messages are safe to show: they
 * never echo the token, a signature or a claim value an attacker could choose. Immutable and thread-safe.
 */
final class TokenRules {

  /** Clerk's header {@code cat} for session tokens. */
  static final String CATEGORY_SESSION = "cl_B7d4PD111AAA";
  /** Clerk's header {@code cat} for JWT-template tokens. */
  static final String CATEGORY_JWT_TEMPLATE = "cl_B7d4PD222AAA";
  /** Clerk's header {@code cat} for machine-to-machine tokens. */
  static final String CATEGORY_M2M = "cl_B7d4PD333AAA";
  /** Stamped on every token class by instances that opt out of categories; carries no class information. */
  static final String CATEGORY_IGNORE = "cl_I7d4PD111III";

  private final Set<JwsAlgorithm> algorithms;
  private final String algorithmList;
  private final @Nullable String issuer;
  private final Set<String> audiences;
  private final Set<String> authorizedParties;
  private final long skewMillis;
  private final boolean acceptPending;

  /** @param algorithms names of {@link JwsAlgorithm}s (checked by the builder) */
  TokenRules(Set<String> algorithms, @Nullable String issuer, Set<String> audiences, Set<String> authorizedParties,
      long skewMillis, boolean acceptPending) {
    this.algorithms = algorithms.stream().map(name -> Objects.requireNonNull(JwsAlgorithm.fromHeader(name), name))
        .collect(Collectors.toUnmodifiableSet());
    this.algorithmList = String.join(",", new TreeSet<>(algorithms));
    this.issuer = issuer;
    this.audiences = Set.copyOf(audiences);
    this.authorizedParties = Set.copyOf(authorizedParties);
    this.skewMillis = skewMillis;
    this.acceptPending = acceptPending;
  }

  /**
   * Checks the protected header.
   *
   * @return the token's algorithm
   */
  JwsAlgorithm checkHeader(Map<String, @Nullable Object> header) throws TokenVerificationException {
    JwsAlgorithm algorithm = JwsAlgorithm.fromHeader(header.get("alg"));
    if (algorithm == null || !algorithms.contains(algorithm)) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_ALGORITHM,
          "Invalid JWT algorithm. Supported: " + algorithmList + ".");
    }
    if (header.containsKey("crit")) {
      throw new TokenVerificationException(RejectionReason.TOKEN_UNSUPPORTED_CRITICAL_HEADER,
          "The JWT header lists critical extensions (crit); none are supported.");
    }
    if (header.containsKey("typ")) {
      String type = header.get("typ") instanceof String typ ? typ.toLowerCase(Locale.ROOT) : "";
      if (type.equals("at+jwt") || type.equals("application/at+jwt")) {
        throw new TokenVerificationException(RejectionReason.TOKEN_TYPE_MISMATCH,
            "The token is an OAuth access token, not a session token.");
      }
      if (!type.equals("jwt")) {
        throw new TokenVerificationException(RejectionReason.TOKEN_INVALID, "Invalid JWT type. Expected \"JWT\".");
      }
    }
    if (header.containsKey("cat")) {
      Object category = header.get("cat");
      if (!CATEGORY_SESSION.equals(category) && !CATEGORY_IGNORE.equals(category)) {
        throw new TokenVerificationException(RejectionReason.TOKEN_TYPE_MISMATCH, categoryMessage(category));
      }
    }
    Object kid = header.get("kid");
    if (kid != null && !(kid instanceof String)) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID, "Invalid JWT header: kid must be a string.");
    }
    return algorithm;
  }

  private static String categoryMessage(@Nullable Object category) {
    if (CATEGORY_JWT_TEMPLATE.equals(category)) {
      return "The token is a JWT-template token, not a session token.";
    }
    if (CATEGORY_M2M.equals(category)) {
      return "The token is a machine token, not a session token.";
    }
    return "The token's category is not the session-token category.";
  }

  /** Checks the claims of a token whose signature has been verified. */
  ClaimTimes checkClaims(Map<String, @Nullable Object> claims, long now) throws TokenVerificationException {
    String subject = requireText(claims, "sub", "Subject claim (sub)");
    requireText(claims, "sid", "Session claim (sid)");
    if (subject.startsWith("mch_")) {
      throw new TokenVerificationException(RejectionReason.TOKEN_TYPE_MISMATCH,
          "The token is a machine token, not a session token.");
    }
    if (issuer != null && !issuer.equals(claims.get("iss"))) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_ISSUER,
          "Invalid JWT issuer claim (iss): it is not the expected issuer.");
    }
    if (!audiences.isEmpty() && !audienceMatches(claims.get("aud"))) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_AUDIENCE,
          "Invalid JWT audience claim (aud): it names none of the expected audiences.");
    }
    Object party = claims.get("azp");
    if (!authorizedParties.isEmpty() && !(party instanceof String && authorizedParties.contains(party))) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
          "Invalid JWT authorized party claim (azp): it is missing or not one of the authorized parties.");
    }
    long expiresAt = time(claims, "exp", true);
    long notBefore = time(claims, "nbf", false);
    long issuedAt = time(claims, "iat", false);
    checkTimes(expiresAt, notBefore, issuedAt, now);
    checkShape(claims);
    // Last, so a pending token that is also bad in another way gets that reason; decided before a session is
    // mapped or cached, so a verified-token cache hit answers the same.
    if (!acceptPending && SessionStatus.PENDING.claimValue().equals(claims.get("sts"))) {
      throw new TokenVerificationException(RejectionReason.SESSION_PENDING,
          "The session is pending: the user has a task to finish before signing in completes.");
    }
    return new ClaimTimes(expiresAt, notBefore, issuedAt);
  }

  /** Re-checks the time claims at {@code now}, for verified-token cache hits. */
  boolean timesValid(ClaimTimes times, long now) {
    return times.expiresAt() > now - skewMillis
        && (times.notBefore() == ClaimTimes.ABSENT || times.notBefore() <= now + skewMillis)
        && (times.issuedAt() == ClaimTimes.ABSENT || times.issuedAt() <= now + skewMillis);
  }

  private void checkTimes(long expiresAt, long notBefore, long issuedAt, long now) throws TokenVerificationException {
    if (expiresAt <= now - skewMillis) {
      throw new TokenVerificationException(RejectionReason.TOKEN_EXPIRED, "JWT is expired. Expiry date: "
          + Instant.ofEpochMilli(expiresAt) + ", Current date: " + Instant.ofEpochMilli(now) + ".",
          Instant.ofEpochMilli(expiresAt));
    }
    if (notBefore != ClaimTimes.ABSENT && notBefore > now + skewMillis) {
      throw new TokenVerificationException(RejectionReason.TOKEN_NOT_ACTIVE_YET,
          "JWT cannot be used prior to not before date claim (nbf). Not before date: "
              + Instant.ofEpochMilli(notBefore) + "; Current date: " + Instant.ofEpochMilli(now) + ";",
          Instant.ofEpochMilli(notBefore));
    }
    if (issuedAt != ClaimTimes.ABSENT && issuedAt > now + skewMillis) {
      throw new TokenVerificationException(RejectionReason.TOKEN_IAT_IN_THE_FUTURE,
          "JWT issued at date claim (iat) is in the future. Issued at date: " + Instant.ofEpochMilli(issuedAt)
              + "; Current date: " + Instant.ofEpochMilli(now) + ";",
          Instant.ofEpochMilli(issuedAt));
    }
  }

  /** Claims Tollgate interprets must have the shape it expects, so a malformed one cannot be misread. */
  private static void checkShape(Map<String, @Nullable Object> claims) throws TokenVerificationException {
    if (claims.containsKey("sts")) {
      if (!(claims.get("sts") instanceof String status) || SessionStatus.fromClaim(status).isEmpty()) {
        throw new TokenVerificationException(RejectionReason.TOKEN_VERIFICATION_FAILED,
            "Session status claim (sts) is not a status this verifier knows.");
      }
    }
    if (claims.containsKey("act")) {
      Object actorSubject = claims.get("act") instanceof Map<?, ?> actor ? actor.get("sub") : null;
      if (!(actorSubject instanceof String subject) || subject.isEmpty()) {
        throw new TokenVerificationException(RejectionReason.TOKEN_VERIFICATION_FAILED,
            "Actor claim (act) must be an object with a non-empty sub.");
      }
    }
  }

  private boolean audienceMatches(@Nullable Object aud) {
    if (aud instanceof String) {
      return audiences.contains(aud);
    }
    if (aud instanceof List<?> values) {
      for (Object value : values) {
        if (value instanceof String && audiences.contains(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String requireText(Map<String, @Nullable Object> claims, String name, String label)
      throws TokenVerificationException {
    if (!(claims.get(name) instanceof String value) || value.isEmpty()) {
      throw new TokenVerificationException(RejectionReason.TOKEN_VERIFICATION_FAILED,
          label + " is required and must be a non-empty string.");
    }
    return value;
  }

  private static long time(Map<String, @Nullable Object> claims, String name, boolean required)
      throws TokenVerificationException {
    if (!claims.containsKey(name)) {
      if (required) {
        throw new TokenVerificationException(RejectionReason.TOKEN_VERIFICATION_FAILED,
            "Claim (" + name + ") is required and must be a number.");
      }
      return ClaimTimes.ABSENT;
    }
    long millis = NumericDates.toMillis(claims.get(name));
    if (millis == NumericDates.INVALID) {
      throw new TokenVerificationException(RejectionReason.TOKEN_VERIFICATION_FAILED,
          "Claim (" + name + ") must be a NumericDate: seconds since 1970, at most 253402300799 in magnitude.");
    }
    return millis;
  }
}
