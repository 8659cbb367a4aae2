package dev.tollgate.internal.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.RSAKey;
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
    Object keys = document.get("keys");
    if (!(keys instanceof List)) {
      throw new KeySetException(Kind.MALFORMED, "response has no \"keys\" array");
    }
    List<?> entries = (List<?>) keys;
    if (entries.size() > MAX_KEYS) {
      throw new KeySetException(Kind.TOO_MANY_KEYS, "key set has " + entries.size() + " keys; at most "
          + MAX_KEYS + " are accepted");
    }
    Map<String, VerificationKey> usable = new HashMap<>();
    Map<String, String> unusable = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Object entry : entries) {
      if (!(entry instanceof Map)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> json = (Map<String, Object>) entry;
      Object kidValue = json.get("kid");
      if (!(kidValue instanceof String)) {
        continue; // a key without a kid can never be selected by a token
      }
      String kid = (String) kidValue;
      if (!seen.add(kid)) {
        usable.remove(kid);
        unusable.put(kid, "kid appears more than once in the key set");
        continue;
      }
      Object judged = judge(kid, json);
      if (judged instanceof VerificationKey) {
        usable.put(kid, (VerificationKey) judged);
      } else {
        unusable.put(kid, (String) judged);
      }
    }
    if (usable.isEmpty()) {
      throw new KeySetException(Kind.NO_USABLE_KEYS, "key set has no usable RSA signing key");
    }
    return new KeySet(usable, unusable, fetchedAtMillis, timeToLiveMillis);
  }

  /** @return a {@link VerificationKey}, or the reason the key is unusable */
  private static Object judge(String kid, Map<String, Object> json) {
    JWK jwk;
    try {
      jwk = JWK.parse(json);
    } catch (java.text.ParseException | RuntimeException malformed) {
      return "malformed JWK";
    }
    if (!(jwk instanceof RSAKey)) {
      return "key type is not RSA";
    }
    RSAKey rsa = (RSAKey) jwk;
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
      return problem;
    }
    RSAPublicKey publicKey;
    try {
      publicKey = rsa.toRSAPublicKey();
    } catch (com.nimbusds.jose.JOSEException | RuntimeException malformed) {
      return "malformed RSA key";
    }
    problem = KeyUsability.rsaProblem(publicKey);
    return problem != null ? problem : new VerificationKey(kid, publicKey, algorithm);
  }
}
