package dev.tollgate.fuzz;

import dev.tollgate.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the JSON text of token headers and claim payloads from a {@link FuzzInput}, with a generator for each
 * claim Clerk's session tokens carry: registered claims ({@code sub}, {@code sid}, {@code iss}, {@code azp},
 * {@code aud}, {@code jti}, and {@code exp}/{@code nbf}/{@code iat} as integers, fractions, strings, huge and
 * signed numbers), {@code sts}, {@code v}, {@code act}, the v2 {@code o} object ({@code id}, {@code slg},
 * {@code rol}, {@code per}, {@code fpm}), {@code fea}, {@code pla}, {@code fva}, the v1 {@code org_*} claims,
 * and in the header {@code alg}, {@code kid}, {@code typ}, {@code cat} and {@code crit}. Any member may be
 * absent, of another JSON type, duplicated, or joined by arbitrary members with nested values.
 *
 * <p>JSON is written as text rather than through a library, so that numbers keep their spelling
 * ({@code 1e400}, {@code -0}, {@code 1700000060.5}) and invalid documents can be produced on purpose.
 */
final class ClaimsGenerator {

  private static final long NOW = TestTokens.NOW.getEpochSecond();
  private static final List<String> ALGORITHMS =
      List.of("RS256", "RS384", "RS512", "none", "HS256", "PS256", "ES256", "rs256", "", "RS256 ");
  private static final List<String> TYPES = List.of("JWT", "jwt", "at+jwt", "application/at+jwt", "JWS", "");
  private static final List<String> CATEGORIES =
      List.of("cl_B7d4PD111AAA", "cl_I7d4PD111III", "cl_B7d4PD222AAA", "cl_B7d4PD333AAA", "", "cl_");
  private static final List<String> STATUSES = List.of("active", "pending", "expired", "ACTIVE", "", "removed");
  private static final List<String> ROLES = List.of("admin", "org:admin", "member", "basic_member", "", "org:");
  private static final List<String> ENTITLEMENTS =
      List.of("o:reservations,u:pro", "u:dashboard", "org:x", "reservations", "", ",", "o:,u:", "x:y:z", "o:a,o:b");
  private static final List<String> NUMBERS = List.of("-0", "0.5", "1e400", "-1e400", "1E-400", "1.0", "1.7e9",
      "1e-1000", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "123456789012345678901234567890123456789", "0.000000000000000000000000000001", "1700000060.999999999999");
  private static final List<String> NAMES = List.of("sub", "sid", "iss", "azp", "exp", "nbf", "iat", "sts", "v",
      "act", "o", "fea", "pla", "fva", "org_id", "org_slug", "org_role", "org_permissions", "aud", "jti", "__proto__",
      "", "constructor", "\u0000", "typ", "cat");

  private ClaimsGenerator() {}

  /**
   * @param acceptable {@code true} to keep {@code alg}, {@code typ}, {@code cat} and {@code kid} as the test
   *     verifier accepts them
   */
  static String header(FuzzInput in, boolean acceptable) {
    Members header = new Members();
    header.put("alg", acceptable || in.chance(12) ? quote("RS256") : anyOf(in, ALGORITHMS));
    if (acceptable || in.chance(12)) {
      header.put("cat", quote("cl_B7d4PD111AAA"));
    } else if (in.chance(8)) {
      header.put("cat", anyOf(in, CATEGORIES));
    }
    if (acceptable || in.chance(12)) {
      header.put("kid", quote(TestTokens.KID));
    } else if (in.chance(8)) {
      header.put("kid", in.chance(8) ? quote(in.text(40)) : value(in, 1));
    }
    if (acceptable || in.chance(12)) {
      header.put("typ", quote("JWT"));
    } else if (in.chance(8)) {
      header.put("typ", anyOf(in, TYPES));
    }
    if (!acceptable && in.chance(2)) {
      header.put(in.pick(List.of("crit", "jku", "jwk", "x5u", "x5c", "b64", "zip")), value(in, 2));
    }
    extras(in, header, acceptable);
    return header.render(in, acceptable);
  }

  /**
   * @param acceptable {@code true} to keep {@code sub}, {@code sid}, {@code iss}, {@code azp} and the times
   *     as the test verifier accepts them, so the token reaches the claims mapper
   */
  static String payload(FuzzInput in, boolean acceptable) {
    Members claims = new Members();
    claims.put("azp", acceptable || in.chance(12) ? quote(TestTokens.PARTY) : anyText(in));
    claims.put("exp", time(in, NOW + 60, acceptable));
    claims.put("iat", time(in, NOW, acceptable));
    claims.put("iss", acceptable || in.chance(12) ? quote(TestTokens.ISSUER) : anyText(in));
    claims.put("nbf", time(in, NOW - 10, acceptable));
    claims.put("sid", acceptable || in.chance(10) ? quote("sess_" + in.base64Url(27)) : anyText(in));
    claims.put("sub", acceptable || in.chance(10) ? quote("user_" + in.base64Url(27)) : anyText(in));
    if (in.chance(6)) {
      claims.put("sts", in.chance(12) ? quote(in.pick(STATUSES)) : value(in, 1));
    }
    if (in.chance(8)) {
      claims.put("v", in.chance(10) ? "2" : anyOf(in, List.of("1", "\"2\"", "2.0", "3", "-2", "2e0", "20")));
    }
    if (in.chance(5)) {
      claims.put("act", actor(in));
    }
    if (in.chance(8)) {
      claims.put("o", organization(in));
    }
    if (in.chance(6)) {
      claims.put("fea", entitlements(in));
    }
    if (in.chance(6)) {
      claims.put("pla", entitlements(in));
    }
    if (in.chance(8)) {
      claims.put("fva", factorAges(in));
    }
    if (in.chance(6)) {
      organizationV1(in, claims);
    }
    if (in.chance(3)) {
      claims.put("aud", in.chance(8) ? anyText(in) : array(in, 2));
    }
    if (in.chance(3)) {
      claims.put("jti", anyText(in));
    }
    extras(in, claims, false);
    return claims.render(in, acceptable);
  }

  private static String time(FuzzInput in, long base, boolean acceptable) {
    if (acceptable) {
      return Long.toString(base + in.pick(5));
    }
    return switch (in.pick(10)) {
      case 0, 1, 2 -> Long.toString(base + in.pick(241) - 120);
      case 3 -> base + "." + in.pick(1000);
      case 4 -> quote(Long.toString(base));
      case 5 -> in.pick(NUMBERS);
      case 6 -> Long.toString(in.nextLong());
      case 7 -> (base * 1000) + "";
      case 8 -> "-" + base;
      default -> value(in, 1);
    };
  }

  private static String actor(FuzzInput in) {
    if (in.chance(2)) {
      return value(in, 2);
    }
    Members actor = new Members();
    if (in.chance(14)) {
      actor.put("sub", in.chance(12) ? quote("user_" + in.base64Url(20)) : anyText(in));
    }
    if (in.chance(8)) {
      actor.put("iss", in.chance(8) ? quote("https://dashboard.clerk.com") : anyText(in));
    }
    if (in.chance(8)) {
      actor.put("sid", anyText(in));
    }
    if (in.chance(6)) {
      actor.put("type", anyText(in));
    }
    extras(in, actor, false);
    return actor.render(in, false);
  }

  private static String organization(FuzzInput in) {
    if (in.chance(2)) {
      return value(in, 2);
    }
    Members org = new Members();
    if (in.chance(14)) {
      org.put("id", in.chance(12) ? quote("org_" + in.base64Url(20)) : anyText(in));
    }
    if (in.chance(10)) {
      org.put("slg", anyText(in));
    }
    if (in.chance(12)) {
      org.put("rol", in.chance(10) ? quote(in.pick(ROLES)) : anyText(in));
    }
    if (in.chance(12)) {
      org.put("per", in.chance(10) ? quote(commaList(in)) : value(in, 1));
    }
    if (in.chance(12)) {
      org.put("fpm", in.chance(10) ? quote(bitmaskList(in)) : value(in, 1));
    }
    extras(in, org, false);
    return org.render(in, false);
  }

  private static void organizationV1(FuzzInput in, Members claims) {
    claims.put("org_id", in.chance(12) ? quote("org_" + in.base64Url(20)) : anyText(in));
    if (in.chance(10)) {
      claims.put("org_slug", anyText(in));
    }
    if (in.chance(12)) {
      claims.put("org_role", in.chance(10) ? quote(in.pick(ROLES)) : anyText(in));
    }
    if (in.chance(12)) {
      claims.put("org_permissions", in.chance(10) ? stringArray(in) : value(in, 1));
    }
  }

  private static String entitlements(FuzzInput in) {
    return switch (in.pick(4)) {
      case 0 -> quote(in.pick(ENTITLEMENTS));
      case 1 -> quote(commaList(in));
      case 2 -> stringArray(in);
      default -> value(in, 1);
    };
  }

  private static String factorAges(FuzzInput in) {
    if (in.chance(3)) {
      return value(in, 1);
    }
    int length = in.chance(12) ? 2 : in.pick(4);
    List<String> ages = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ages.add(switch (in.pick(6)) {
        case 0, 1 -> Long.toString(in.pick(2000) - 1);
        case 2 -> "-1";
        case 3 -> in.pick(NUMBERS);
        case 4 -> Long.toString(in.nextLong());
        default -> value(in, 0);
      });
    }
    return "[" + String.join(",", ages) + "]";
  }

  /** A comma list like the v2 {@code per} claim: names, with empty and odd items now and then. */
  private static String commaList(FuzzInput in) {
    int count = in.pick(6);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(in.chance(12) ? in.pick(List.of("read", "manage", "invoices", "o:reservations", "")) : in.text(12));
    }
    return String.join(",", items);
  }

  /** A comma list like the v2 {@code fpm} claim: one permission bitmask per feature, with odd items. */
  private static String bitmaskList(FuzzInput in) {
    int count = in.pick(6);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(switch (in.pick(5)) {
        case 0, 1 -> Integer.toString(in.pick(16));
        case 2 -> Long.toString(in.nextLong());
        case 3 -> in.pick(NUMBERS);
        default -> in.text(6);
      });
    }
    return String.join(",", items);
  }

  private static String stringArray(FuzzInput in) {
    int count = in.pick(5);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(in.chance(13) ? quote(in.pick(List.of("org:invoices:manage", "org:a:b", "read", ""))) : value(in, 0));
    }
    return "[" + String.join(",", items) + "]";
  }

  private static void extras(FuzzInput in, Members members, boolean acceptable) {
    int count = in.chance(4) ? in.pick(4) : 0;
    for (int i = 0; i < count; i++) {
      String name = in.chance(8) ? in.pick(NAMES) : in.text(10);
      if (acceptable && members.has(name)) {
        continue;
      }
      members.put(name, value(in, 3));
    }
  }

  private static String anyText(FuzzInput in) {
    return in.chance(12) ? quote(in.text(48)) : value(in, 1);
  }

  private static String anyOf(FuzzInput in, List<String> texts) {
    return in.chance(13) ? quote(in.pick(texts)) : value(in, 1);
  }

  /** Any JSON value, nested at most {@code depth} more levels, or now and then nested past the parser's limit. */
  static String value(FuzzInput in, int depth) {
    int kind = in.pick(depth > 0 ? 9 : 5);
    return switch (kind) {
      case 0 -> quote(in.text(24));
      case 1 -> Long.toString(in.nextLong());
      case 2 -> in.pick(NUMBERS);
      case 3 -> in.chance(8) ? "true" : "false";
      case 4 -> "null";
      case 5, 6 -> array(in, depth - 1);
      case 7 -> object(in, depth - 1);
      default -> deep(in);
    };
  }

  private static String array(FuzzInput in, int depth) {
    int count = in.pick(4);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(value(in, Math.max(depth, 0)));
    }
    return "[" + String.join(",", items) + "]";
  }

  private static String object(FuzzInput in, int depth) {
    Members members = new Members();
    int count = in.pick(4);
    for (int i = 0; i < count; i++) {
      members.put(in.chance(8) ? in.pick(NAMES) : in.text(8), value(in, Math.max(depth, 0)));
    }
    return members.render(in, false);
  }

  /** Arrays or objects nested up to 40 levels, around the strict parser's limit of 16. */
  private static String deep(FuzzInput in) {
    int levels = in.pick(41);
    boolean objects = in.chance(8);
    String open = objects ? "{\"a\":" : "[";
    String close = objects ? "}" : "]";
    return open.repeat(levels) + "1" + close.repeat(levels);
  }

  /** A JSON string literal of the text; lone surrogates stay, and become replacement bytes in UTF-8. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  /** Object members in insertion order; rendering may repeat, drop or reorder them, or break the syntax. */
  private static final class Members {
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    void put(String name, String value) {
      names.add(name);
      values.add(value);
    }

    boolean has(String name) {
      return names.contains(name);
    }

    String render(FuzzInput in, boolean acceptable) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        members.add(quote(names.get(i)) + ":" + values.get(i));
      }
      if (!acceptable && !members.isEmpty() && in.chance(1)) {
        members.add(members.get(in.pick(members.size())));
      }
      if (!acceptable && members.size() > 1 && in.chance(2)) {
        members.add(0, members.remove(in.pick(members.size())));
      }
      String json = "{" + String.join(",", members) + "}";
      if (!acceptable && in.chance(1)) {
        json = in.pick(List.of(json + ",", json.substring(0, json.length() - 1), "\ufeff" + json, json + " x",
            json.replace(":", "="), "[" + json + "]", json + json, " " + json + "\n"));
      }
      return json;
    }
  }
}
