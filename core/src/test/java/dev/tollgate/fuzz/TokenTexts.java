package dev.tollgate.fuzz;

import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Token texts from a {@link FuzzInput}: byte-level mutations of real Clerk-shaped tokens, random segment counts
 * of random base64url, base64url segments of generated JSON with a random signature, arbitrary text, and
 * generated headers and claims validly re-signed with {@link TestKeys#PRIMARY}, so the fuzzer reaches the claim
 * rules and the claims mapper behind the signature check.
 */
final class TokenTexts {

  /** Real tokens of each shape the verifier accepts, the starting points of the byte-level mutations. */
  static final List<String> SEEDS = List.of(
      TestTokens.token().build(),
      TestTokens.token().orgRole("org:admin").build(),
      TestTokens.token().claim("v", 2).claim("fea", "o:reservations,u:pro").claim("pla", "u:pro")
          .claim("fva", List.of(3, -1))
          .claim("o", Map.of("id", "org_2test", "slg", "test-org", "rol", "admin", "per", "read,manage",
              "fpm", "3"))
          .build(),
      TestTokens.token().claim("act", Map.of("sub", "user_2agent", "iss", "https://dashboard.clerk.com"))
          .claim("sts", "pending").build(),
      TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(600)).build());

  private static final PrivateKey SIGNING_KEY = TestKeys.privateKey(TestKeys.PRIMARY);

  private TokenTexts() {}

  /** @return any of the kinds of token text, re-signed claims most often */
  static String any(FuzzInput in) {
    return switch (in.pick(8)) {
      case 0, 1, 2 -> resigned(in, in.chance(8));
      case 3, 4 -> mutated(in);
      case 5 -> randomSegments(in);
      case 6 -> unsignedJson(in);
      default -> in.chance(2) ? in.text(9000) : in.text(200);
    };
  }

  /**
   * A generated header and payload signed with the test key under the algorithm its {@code alg} names (RS256
   * for any other), so that only the claims decide.
   *
   * @param acceptable keep header and registered claims acceptable, fuzzing the optional claims only
   */
  static String resigned(FuzzInput in, boolean acceptable) {
    byte[] header = ClaimsGenerator.header(in, acceptable).getBytes(StandardCharsets.UTF_8);
    byte[] payload = !acceptable && in.chance(1)
        ? in.bytes(64)
        : ClaimsGenerator.payload(in, acceptable).getBytes(StandardCharsets.UTF_8);
    String headerText = new String(header, StandardCharsets.UTF_8);
    String digest = headerText.contains("\"RS512\"") ? "SHA512withRSA"
        : headerText.contains("\"RS384\"") ? "SHA384withRSA" : "SHA256withRSA";
    return TestTokens.signRaw(header, payload, SIGNING_KEY, digest);
  }

  /** One of {@link #SEEDS} with up to eight byte-level edits. */
  static String mutated(FuzzInput in) {
    List<Character> chars = new ArrayList<>();
    for (char c : in.pick(SEEDS).toCharArray()) {
      chars.add(c);
    }
    int edits = 1 + in.pick(8);
    for (int i = 0; i < edits && !chars.isEmpty(); i++) {
      int at = in.pick(chars.size());
      switch (in.pick(8)) {
        case 0 -> chars.set(at, (char) (chars.get(at) ^ (1 << in.pick(8))));
        case 1 -> chars.set(at, (char) in.nextByte());
        case 2 -> chars.add(at, (char) in.nextByte());
        case 3 -> chars.remove(at);
        case 4 -> chars.add(at, '.');
        case 5 -> chars.subList(at, Math.min(chars.size(), at + 1 + in.pick(64))).clear();
        case 6 -> chars.addAll(at, new ArrayList<>(chars.subList(at, Math.min(chars.size(), at + 1 + in.pick(64)))));
        default -> chars.set(at, in.pick(List.of('=', '+', '/', ' ', '\u0000', '\u00e9', '\ud800', '\uffff')));
      }
    }
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }

  /** Zero to six segments of random base64url, each possibly empty. */
  static String randomSegments(FuzzInput in) {
    int count = in.pick(7);
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      segments.add(in.base64Url(in.chance(2) ? 400 : 40));
    }
    return String.join(".", segments);
  }

  /** Base64url segments of generated header and payload JSON, with a random or absent signature. */
  static String unsignedJson(FuzzInput in) {
    String header = TestTokens.base64Url(ClaimsGenerator.header(in, false));
    String payload = TestTokens.base64Url(ClaimsGenerator.payload(in, false));
    String signature = in.chance(4) ? "" : TestTokens.base64Url(in.bytes(300));
    return header + "." + payload + "." + signature;
  }
}
