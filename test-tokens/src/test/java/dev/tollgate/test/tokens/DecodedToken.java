package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact JWS taken apart for assertions, with nothing of the code under test: {@link Base64} for the segments and
 * Jackson's streaming parser for the JSON, read into ordered maps so member order can be asserted. The one decoder
 * the kit's tests share.
 */
final class DecodedToken {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final String signingInput;
  private final Map<String, Object> header;
  private final Map<String, Object> claims;
  private final byte[] signature;

  private DecodedToken(String signingInput, Map<String, Object> header, Map<String, Object> claims,
      byte[] signature) {
    this.signingInput = signingInput;
    this.header = header;
    this.claims = claims;
    this.signature = signature;
  }

  /** Splits a compact JWS; the header and payload must be JSON objects. */
  static DecodedToken decode(String token) {
    String[] segments = token.split("\\.", -1);
    assertEquals(3, segments.length, "segments of a compact JWS");
    return new DecodedToken(segments[0] + "." + segments[1], object(text(segments[0])), object(text(segments[1])),
        bytes(segments[2]));
  }

  /** The bytes of a base64url segment; padding is refused, as RFC 7515 leaves it out. */
  static byte[] bytes(String segment) {
    assertEquals(-1, segment.indexOf('='), "padding in base64url segment " + segment);
    return Base64.getUrlDecoder().decode(segment);
  }

  private static String text(String segment) {
    return new String(bytes(segment), StandardCharsets.UTF_8);
  }

  Map<String, Object> header() {
    return header;
  }

  Map<String, Object> claims() {
    return claims;
  }

  /** Header member names in the order written. */
  List<String> headerNames() {
    return List.copyOf(header.keySet());
  }

  /** Claim names in the order written. */
  List<String> claimNames() {
    return List.copyOf(claims.keySet());
  }

  String signingInput() {
    return signingInput;
  }

  byte[] signature() {
    return signature.clone();
  }

  /** Whether the signature verifies with this key and JCA algorithm. */
  boolean verifies(PublicKey key, String jcaAlgorithm) {
    return verifies(signingInput, signature, key, jcaAlgorithm);
  }

  /** Whether a compact JWS's signature verifies, whatever its header and payload hold (JSON or not). */
  static boolean signatureVerifies(String token, PublicKey key, String jcaAlgorithm) {
    int end = token.lastIndexOf('.');
    return verifies(token.substring(0, end), bytes(token.substring(end + 1)), key, jcaAlgorithm);
  }

  private static boolean verifies(String signingInput, byte[] signature, PublicKey key, String jcaAlgorithm) {
    try {
      Signature verifier = Signature.getInstance(jcaAlgorithm);
      verifier.initVerify(key);
      verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new AssertionError("cannot verify with " + jcaAlgorithm, e);
    }
  }

  /** Reads a JSON object, keeping member order. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    Object value = json(json);
    if (!(value instanceof Map)) {
      throw new AssertionError("not a JSON object: " + json);
    }
    return (Map<String, Object>) value;
  }

  /**
   * Reads any JSON value: objects as {@link LinkedHashMap}, arrays as {@link ArrayList}, integers as {@link Long} (or
   * {@link java.math.BigInteger} beyond it), other numbers as {@link java.math.BigDecimal}, {@code null} as null.
   */
  static Object json(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      Object value = value(parser);
      if (parser.nextToken() != null) {
        throw new AssertionError("text after the JSON value: " + json);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new AssertionError("no JSON value");
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (object.containsKey(name)) {
            throw new AssertionError("duplicate member " + name);
          }
          object.put(name, value(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new AssertionError("unexpected JSON token " + token);
    }
  }
}
