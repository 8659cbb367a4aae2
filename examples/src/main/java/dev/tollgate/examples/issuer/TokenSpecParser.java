package dev.tollgate.examples.issuer;

import dev.tollgate.SessionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Reads a {@link TokenSpec} from named parameters: the query or form of {@code /mint}, or {@code name=value}
 * words on the command line. Every parameter is optional and may appear once; an unknown name or a bad value
 * is refused with an {@link IllegalArgumentException} whose message names the parameter (and never echoes the
 * value). {@link #PARAMETERS} documents them. Stateless and thread-safe.
 */
public final class TokenSpecParser {

  /** The parameters, in documentation order, with a one-line description each. */
  public static final Map<String, String> PARAMETERS = parameters();

  private TokenSpecParser() {}

  private static Map<String, String> parameters() {
    Map<String, String> help = new LinkedHashMap<>();
    help.put("sub", "user id (default " + TokenSpec.DEFAULT_SUBJECT + ")");
    help.put("sid", "session id (default: a random sess_...)");
    help.put("azp", "authorized party (default " + TokenSpec.DEFAULT_AUTHORIZED_PARTY + "); empty leaves azp out");
    help.put("iss", "issuer (default: this issuer's URL)");
    help.put("v", "claims version: 2 (default, v:2 with o/fea/pla) or 1 (org_* claims)");
    help.put("lifetime", "seconds from iat to exp (default 60, at most 86400)");
    help.put("age", "seconds since the token was issued (default 0); more than lifetime gives an expired token");
    help.put("org_id", "active organization id (default " + TokenSpec.DEFAULT_ORG_ID
        + " when role or permissions are set)");
    help.put("org_slug", "organization slug (default " + TokenSpec.DEFAULT_ORG_SLUG + ")");
    help.put("role", "organization role: admin, org:admin, member...");
    help.put("permissions", "comma list of org:<feature>:<permission>, e.g. org:billing:manage");
    help.put("features", "v2 only: comma list of u:<name>, o:<name>, ou:<name>");
    help.put("plans", "v2 only: comma list of u:<name>, o:<name>");
    help.put("actor", "impersonator's user id: adds act {iss, sid, sub}");
    help.put("fva", "factor verification ages in minutes, e.g. 0,-1 (default) or 30,30; none leaves fva out");
    help.put("status", "active (default) or pending");
    return Collections.unmodifiableMap(help);
  }

  /**
   * Parses {@code name=value} words, as given on a command line.
   *
   * @param words for example {@code ["role=admin", "lifetime=600"]}
   * @return the spec
   * @throws IllegalArgumentException if a word has no {@code =}, or as {@link #parse(Map)}
   */
  public static TokenSpec parseWords(List<String> words) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String word : Objects.requireNonNull(words, "words")) {
      int equals = word.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("token parameters are name=value words, for example role=admin");
      }
      parameters.computeIfAbsent(word.substring(0, equals), name -> new ArrayList<>()).add(word.substring(equals + 1));
    }
    return parse(parameters);
  }

  /**
   * Parses named parameters.
   *
   * @param parameters names to values; a name with more than one value is refused
   * @return the spec
   * @throws IllegalArgumentException naming the parameter that is unknown, repeated or invalid
   */
  public static TokenSpec parse(Map<String, List<String>> parameters) {
    TokenSpec.Builder spec = TokenSpec.builder();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      BiConsumer<TokenSpec.Builder, String> setter = setter(name);
      if (parameter.getValue().size() != 1) {
        throw new IllegalArgumentException("parameter " + name + " must be given once");
      }
      try {
        setter.accept(spec, parameter.getValue().get(0).strip());
      } catch (IllegalArgumentException invalid) {
        String message = invalid.getMessage();
        throw new IllegalArgumentException(message != null && message.startsWith(name) ? message
            : "parameter " + name + ": " + message, invalid);
      }
    }
    return spec.build();
  }

  private static BiConsumer<TokenSpec.Builder, String> setter(String name) {
    switch (name) {
      case "sub":
        return TokenSpec.Builder::subject;
      case "sid":
        return TokenSpec.Builder::sessionId;
      case "azp":
        return (spec, value) -> spec.authorizedParty(value.isEmpty() ? null : value);
      case "iss":
        return TokenSpec.Builder::issuer;
      case "v":
        return (spec, value) -> spec.claimsVersion((int) number(value, "v"));
      case "lifetime":
        return (spec, value) -> spec.lifetime(Duration.ofSeconds(number(value, "lifetime")));
      case "age":
        return (spec, value) -> spec.age(Duration.ofSeconds(number(value, "age")));
      case "org_id":
        return TokenSpec.Builder::orgId;
      case "org_slug":
        return TokenSpec.Builder::orgSlug;
      case "role":
        return TokenSpec.Builder::orgRole;
      case "permissions":
        return (spec, value) -> spec.permissions(list(value));
      case "features":
        return (spec, value) -> spec.features(list(value));
      case "plans":
        return (spec, value) -> spec.plans(list(value));
      case "actor":
        return TokenSpec.Builder::actor;
      case "fva":
        return TokenSpecParser::factorAges;
      case "status":
        return (spec, value) -> spec.status(SessionStatus.fromClaim(value)
            .orElseThrow(() -> new IllegalArgumentException("status must be active or pending")));
      default:
        throw new IllegalArgumentException("unknown parameter; known: " + String.join(", ", PARAMETERS.keySet()));
    }
  }

  private static void factorAges(TokenSpec.Builder spec, String value) {
    if (value.equals("none")) {
      spec.noFactorAges();
      return;
    }
    List<String> ages = list(value);
    if (ages.size() != 2) {
      throw new IllegalArgumentException("fva must be two ages in minutes, like 0,-1, or none");
    }
    spec.factorAges(number(ages.get(0), "fva"), number(ages.get(1), "fva"));
  }

  private static long number(String value, String name) {
    if (!value.matches("-?[0-9]{1,9}")) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
    return Long.parseLong(value);
  }

  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
