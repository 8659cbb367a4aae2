package dev.tollgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of {@link RequestAuthenticator} on header maps: {@code Authorization} and
 * {@code Cookie} fields in any case, repeated, empty, with any scheme and any token text, cookie strings with
 * the plain and suffixed session cookies among odd pairs, and other fields. Every request gets an
 * {@link AuthResult}; a map with a {@code null} value is refused by {@link RequestCredentials#of(Map)} with
 * the documented {@link NullPointerException} before any authenticator sees it.
 *
 * <p>In {@code mvn verify} the fuzz test replays
 * {@code src/test/resources/dev/tollgate/fuzz/RequestAuthenticatorFuzzTestInputs/<method>/} and the
 * {@code ...OnSeededInputs} test runs a fixed-seed budget. To fuzz longer:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -o -B test -pl core -Djazzer.hooks=true \
 *     -Dtest='RequestAuthenticatorFuzzTest#authenticateWhenAnyHeadersThenAuthResult'
 * }</pre>
 */
class RequestAuthenticatorFuzzTest {

  private static final int SEEDED_TRIES = 300;
  private static final List<RequestAuthenticator> AUTHENTICATORS = List.of(
      RequestAuthenticator.of(FuzzTargets.VERIFIER),
      RequestAuthenticator.of(FuzzTargets.ACCEPTING_PENDING_WITH_PUBLISHABLE_KEY));
  private static final List<String> FIELD_NAMES = List.of("Authorization", "authorization", "AUTHORIZATION",
      "Cookie", "cookie", "COOKIE", "X-Forwarded-Authorization", "Set-Cookie", "");
  private static final List<String> SCHEMES = List.of("Bearer ", "bearer ", "BEARER ", "Bearer  ", "Bearer\t",
      "Basic ", "Bearer", "", " Bearer ", "Token ");
  private static final List<String> COOKIE_NAMES = List.of("__session", "__session_", "__session_vWCgMp3A",
      "__SESSION", "__session ", "__client_uat", "");

  @FuzzTest
  void authenticateWhenAnyHeadersThenAuthResult(byte @Nullable [] input) {
    FuzzInput in = FuzzInput.of(input);
    Map<String, List<@Nullable String>> headers = headers(in);
    RequestCredentials request;
    try {
      request = RequestCredentials.of(stripNulls(headers));
    } catch (NullPointerException unexpected) {
      throw new AssertionError("a map without nulls is refused: " + headers, unexpected);
    }
    if (headers.values().stream().anyMatch(values -> values.contains(null))) {
      assertThrows(NullPointerException.class, () -> RequestCredentials.of(headers),
          "RequestCredentials.of documents a null value as refused");
    }
    for (RequestAuthenticator authenticator : AUTHENTICATORS) {
      AuthResult result;
      AuthResult asyncResult;
      try {
        result = authenticator.authenticate(request);
        CompletableFuture<AuthResult> stage = authenticator.authenticateAsync(request).toCompletableFuture();
        assertTrue(stage.isDone(), "a networkless verifier's stage is complete on return");
        asyncResult = stage.join();
      } catch (RuntimeException | Error unexpected) {
        throw new AssertionError("authentication threw " + unexpected + " for headers " + headers, unexpected);
      }
      assertNotNull(result, () -> "authenticate answered null for headers " + headers);
      assertNotNull(asyncResult, () -> "authenticateAsync answered null for headers " + headers);
      for (String token : tokensIn(headers)) {
        TokenEchoes.assertNoTokenIn("AuthResult.toString()", result.toString(), token);
        if (result instanceof AuthResult.SignedOut) {
          TokenEchoes.assertNoTokenIn("SignedOut.message()", ((AuthResult.SignedOut) result).message(), token);
        }
      }
    }
  }

  @Test
  void authenticateWhenAnyHeadersThenAuthResultOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::authenticateWhenAnyHeadersThenAuthResult);
  }

  private static Map<String, List<@Nullable String>> headers(FuzzInput in) {
    // Signing is the costly step, so a request draws two tokens and its fields reuse them.
    List<String> tokens = List.of(in.chance(8) ? TokenTexts.resigned(in, true) : TokenTexts.any(in),
        TokenTexts.any(in));
    Map<String, List<@Nullable String>> headers = new LinkedHashMap<>();
    int fields = in.pick(5);
    for (int i = 0; i < fields; i++) {
      String name = in.chance(14) ? in.pick(FIELD_NAMES) : in.text(12);
      List<@Nullable String> values = headers.computeIfAbsent(name, key -> new ArrayList<>());
      int lines = in.chance(12) ? 1 : in.pick(4);
      for (int j = 0; j < lines; j++) {
        values.add(in.chance(1) ? null : value(name, in.pick(tokens), in));
      }
    }
    return headers;
  }

  private static String value(String name, String token, FuzzInput in) {
    if (name.equalsIgnoreCase("cookie")) {
      List<String> pairs = new ArrayList<>();
      int count = 1 + in.pick(4);
      for (int i = 0; i < count; i++) {
        String cookie = in.chance(12) ? in.pick(COOKIE_NAMES) : in.text(10);
        String value = in.chance(10) ? token : in.text(30);
        pairs.add(in.chance(14) ? cookie + "=" + (in.chance(2) ? "\"" + value + "\"" : value) : in.text(20));
      }
      return String.join(in.chance(12) ? "; " : in.pick(List.of(";", ",", " ; ", "")), pairs);
    }
    return in.chance(14) ? in.pick(SCHEMES) + token : in.text(60);
  }

  private static Map<String, List<String>> stripNulls(Map<String, List<@Nullable String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      List<String> kept = new ArrayList<>();
      for (String value : values) {
        if (value != null) {
          kept.add(value);
        }
      }
      copy.put(name, kept);
    });
    return copy;
  }

  /** Every token-like text a header carries: each value and each of its space-, semicolon- or equals-parts. */
  private static List<String> tokensIn(Map<String, List<@Nullable String>> headers) {
    List<String> tokens = new ArrayList<>();
    headers.values().forEach(values -> values.forEach(value -> {
      if (value != null) {
        tokens.addAll(Arrays.asList(value.split("[\\s;=,\"]+")));
      }
    }));
    return tokens;
  }
}
