package dev.tollgate.internal.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.RSAKey;
import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.internal.StrictJson;
import dev.tollgate.observability.KeyFetchFailure.Kind;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads a JWK Set (RFC 7517 §5) into a {@link KeySet}. The document must be a strict JSON object with a
 * {@code keys} array of at most {@value #MAX_KEYS} objects. Each key is judged alone: a malformed, non-RSA,
 * weak or mis-tagged key is recorded as unusable by its kid, and a kid that appears twice is unusable (it is
 * ambiguous). A set with no usable key is a failure, so it never replaces a good one.
 */
public final class JwkSetParser {

  /** Most keys accepted in one set: {@value}. */
  public static final int MAX_KEYS = 100;

  private JwkSetParser() {}

  public static KeySet parse(byte[] body, long fetchedAtMillis, long timeToLiveMillis) throws KeySetException {
    Map<String, @Nullable Object> document = StrictJson.parseObject(body);
    if (document == null) {
      throw new KeySetException(Kind.MALFORMED, "response is not a JSON object");
    }
    if (!(document.get("keys") instanceof List<?> entries)) {
      throw new KeySetException(Kind.MALFORMED, "response has no \"keys\" array");
    }
    if (entries.size() > MAX_KEYS) {
      throw new KeySetException(Kind.TOO_MANY_KEYS, "key set has " + entries.size() + " keys; at most "
          + MAX_KEYS + " are accepted");
    }
    Map<String, VerificationKey> usable = new HashMap<>();
    Map<String, String> unusable = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Object entry : entries) {
      if (!(entry instanceof Map<?, ?> json)) {
        continue;
      }
      if (!(json.get("kid") instanceof String kid)) {
        continue; // a key without a kid can never be selected by a token
      }
      if (!seen.add(kid)) {
        usable.remove(kid);
        unusable.put(kid, "kid appears more than once in the key set");
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> members = (Map<String, Object>) json;
      KeyLookup judged = judge(kid, members);
      if (judged instanceof KeyLookup.Found found) {
        usable.put(kid, found.key());
      } else if (judged instanceof KeyLookup.Unusable rejected) {
        unusable.put(kid, rejected.reason());
      }
    }
    if (usable.isEmpty()) {
      throw new KeySetException(Kind.NO_USABLE_KEYS, "key set has no usable RSA signing key");
    }
    return new KeySet(usable, unusable, fetchedAtMillis, timeToLiveMillis);
  }

  /** @return the key as {@link KeyLookup.Found}, or why it is {@link KeyLookup.Unusable} */
  private static KeyLookup judge(String kid, Map<String, Object> json) {
    JWK jwk;
    try {
      jwk = JWK.parse(json);
    } catch (java.text.ParseException | RuntimeException malformed) {
      return new KeyLookup.Unusable("malformed JWK");
    }
    if (!(jwk instanceof RSAKey rsa)) {
      return new KeyLookup.Unusable("key type is not RSA");
    }
    List<String> keyOps = null;
    if (rsa.getKeyOperations() != null) {
      keyOps = new ArrayList<>();
      for (KeyOperation operation : rsa.getKeyOperations()) {
        keyOps.add(operation.identifier());
      }
    }
    String use = rsa.getKeyUse() == null ? null : rsa.getKeyUse().identifier();
    String algorithm = rsa.getAlgorithm() == null ? null : rsa.getAlgorithm().getName();
    String problem = KeyUsability.metadataProblem(use, keyOps, algorithm);
    if (problem != null) {
      return new KeyLookup.Unusable(problem);
    }
    RSAPublicKey publicKey;
    try {
      publicKey = rsa.toRSAPublicKey();
    } catch (com.nimbusds.jose.JOSEException | RuntimeException malformed) {
      return new KeyLookup.Unusable("malformed RSA key");
    }
    problem = KeyUsability.rsaProblem(publicKey);
    return problem != null ? new KeyLookup.Unusable(problem)
        : new KeyLookup.Found(new VerificationKey(kid, publicKey, JwsAlgorithm.fromHeader(algorithm)));
  }
}
