package dev.tollgate.backend;

import dev.tollgate.internal.Base64Url;
import dev.tollgate.internal.NumericDates;
import dev.tollgate.internal.StrictJson;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the Backend API's token response and the {@code exp} claim of the JWT it carries. */
final class TokenJson {

  private TokenJson() {}

  /**
   * Reads {@code {"object": "token", "jwt": "…"}}. {@code object} may be absent but, when present, must be
   * {@code "token"}; the JWT must be a compact JWS whose payload has a numeric {@code exp}.
   */
  static Token read(byte[] body) {
    JsonFields json = JsonFields.parse(body);
    String object = json.optionalString("object");
    if (object != null && !object.equals("token")) {
      throw new JsonShapeException("object", "must be \"token\"");
    }
    String jwt = json.requireString("jwt");
    long exp = expiryMillis(jwt);
    if (exp == NumericDates.INVALID) {
      throw new JsonShapeException("jwt", "is not a JWT with a numeric exp claim");
    }
    return new Token(jwt, Instant.ofEpochMilli(exp));
  }

  /** @return the {@code exp} claim in epoch milliseconds, or {@link NumericDates#INVALID} */
  static long expiryMillis(String jwt) {
    int first = jwt.indexOf('.');
    int second = first < 0 ? -1 : jwt.indexOf('.', first + 1);
    if (second < 0 || jwt.indexOf('.', second + 1) >= 0) {
      return NumericDates.INVALID;
    }
    byte[] payload = Base64Url.decode(jwt, first + 1, second);
    if (payload == null) {
      return NumericDates.INVALID;
    }
    Map<String, @Nullable Object> claims = StrictJson.parseObject(payload);
    return claims == null ? NumericDates.INVALID : NumericDates.toMillis(claims.get("exp"));
  }
}
