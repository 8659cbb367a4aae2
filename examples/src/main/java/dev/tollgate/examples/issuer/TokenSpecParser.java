package dev.tollgate.examples.issuer;

import dev.tollgate.SessionStatus;
import dev.tollgate.test.tokens.TokenSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads token parameters: the query or form of {@code /mint}, or {@code name=value} words on the command line.
 * Every parameter is optional and may appear once; an unknown name or a bad value is refused with an
 * {@link IllegalArgumentException} whose message names the parameter (and never echoes the value).
 * {@link #PARAMETERS} documents them. The result is a change to a test-kit {@link TokenSpec}, such as
 * {@link LocalIssuer#token()}: parsing checks every value before any key is involved, so the mint command can
 * refuse bad parameters before it knows which key will sign. Stateless and thread-safe.
 */
public final class TokenSpecParser {

  /** The parameters, in documentation order, with a one-line description each. */
  public static final Map<String, String> PARAMETERS = parameters();
  /** Longest lifetime that may be asked: 1 day. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(1);
  /** Largest age that may be asked: 1 day. */
  public static final Duration MAX_AGE = Duration.ofDays(1);

  /** An organization permission key, {@code org:<feature>:<permission>}. */
  private static final Pattern PERMISSION = Pattern.compile("org:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+");
  /** A v2 entitlement, {@code <scope>:<name>} with scope {@code u}, {@code o}, {@code ou} or {@code uo}. */
  private static final Pattern ENTITLEMENT = Pattern.compile("(u|o|ou|uo):[A-Za-z0-9_-]+");

  private TokenSpecParser() {}

  private static Map<String, String> parameters() {
    Map<String, String> help = new LinkedHashMap<>();
    help.put("sub", "user id (default " + LocalIssuer.DEFAULT_USER_ID + ")");
    help.put("sid", "session id (default: a random sess_...)");
    help.put("azp", "authorized party (default " + LocalIssuer.DEFAULT_AUTHORIZED_PARTY + "); empty leaves azp out");
    help.put("iss", "issuer (default: this issuer's URL)");
    help.put("v", "claims version: 2 (default, v:2 with o/fea/pla) or 1 (org_* claims)");
    help.put("lifetime", "seconds from iat to exp (default 60, at most 86400)");
    help.put("age", "seconds since the token was issued (default 0); more than lifetime gives an expired token");
    help.put("org_id", "active organization id (default " + LocalIssuer.DEFAULT_ORG_ID
        + " when role or permissions are set)");
    help.put("org_slug", "organization slug (default " + LocalIssuer.DEFAULT_ORG_SLUG + ")");
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
   * @return the change the parameters make to a spec
   * @throws IllegalArgumentException if a word has no {@code =}, or as {@link #parse(Map)}
   */
  public static UnaryOperator<TokenSpec> parseWords(List<String> words) {
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
   * @return the change the parameters make to a spec; applying it does not fail
   * @throws IllegalArgumentException naming the parameter that is unknown, repeated or invalid
   */
  public static UnaryOperator<TokenSpec> parse(Map<String, List<String>> parameters) {
    Edits edits = new Edits();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      BiConsumer<Edits, String> setter = setter(name);
      if (parameter.getValue().size() != 1) {
        throw new IllegalArgumentException("parameter " + name + " must be given once");
      }
      try {
        setter.accept(edits, parameter.getValue().get(0).strip());
      } catch (IllegalArgumentException invalid) {
        String message = invalid.getMessage();
        throw new IllegalArgumentException(message != null && message.startsWith(name) ? message
            : "parameter " + name + ": " + message, invalid);
      }
    }
    return edits.finish();
  }

  private static BiConsumer<Edits, String> setter(String name) {
    return switch (name) {
      case "sub" -> (edits, value) -> edits.add(text(value, "sub"), TokenSpec::userId);
      case "sid" -> (edits, value) -> edits.add(text(value, "sid"), TokenSpec::sessionId);
      case "azp" -> (edits, value) -> {
        if (value.isEmpty()) {
          edits.add(TokenSpec::withoutAuthorizedParty);
        } else {
          edits.add(text(value, "azp"), TokenSpec::authorizedParty);
        }
      };
      case "iss" -> (edits, value) -> edits.add(text(value, "iss"), TokenSpec::issuer);
      case "v" -> TokenSpecParser::claimsVersion;
      case "lifetime" -> (edits, value) -> edits.add(seconds(value, "lifetime", 1, MAX_LIFETIME), TokenSpec::lifetime);
      case "age" -> (edits, value) -> edits.add(seconds(value, "age", 0, MAX_AGE), TokenSpec::age);
      case "org_id" -> (edits, value) -> edits.orgId = text(value, "org_id");
      case "org_slug" -> (edits, value) -> edits.orgSlug = text(value, "org_slug");
      case "role" -> TokenSpecParser::role;
      case "permissions" -> (edits, value) -> {
        String[] permissions = matching(value, PERMISSION, "permissions must look like org:<feature>:<permission>");
        edits.organizationNeeded |= permissions.length > 0;
        edits.add(permissions, TokenSpec::permissions);
      };
      case "features" -> (edits, value) -> {
        String[] features = matching(value, ENTITLEMENT, "features must look like u:<name> or o:<name>");
        edits.entitlements |= features.length > 0;
        edits.add(features, TokenSpec::features);
      };
      case "plans" -> (edits, value) -> {
        String[] plans = matching(value, ENTITLEMENT, "plans must look like u:<name> or o:<name>");
        edits.entitlements |= plans.length > 0;
        edits.add(plans, TokenSpec::plans);
      };
      case "actor" -> (edits, value) -> edits.add(text(value, "actor"), TokenSpec::actor);
      case "fva" -> TokenSpecParser::factorAges;
      case "status" -> (edits, value) -> {
        SessionStatus status = SessionStatus.fromClaim(value)
            .orElseThrow(() -> new IllegalArgumentException("status must be active or pending"));
        if (status == SessionStatus.PENDING) {
          edits.add(TokenSpec::pending);
        }
      };
      default -> throw new IllegalArgumentException("unknown parameter; known: "
          + String.join(", ", PARAMETERS.keySet()));
    };
  }

  private static void claimsVersion(Edits edits, String value) {
    long version = number(value, "v");
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("v must be 1 or 2");
    }
    edits.version = (int) version;
    edits.add(spec -> spec.claimsVersion((int) version));
  }

  private static void role(Edits edits, String value) {
    String bare = text(value, "role").replaceFirst("^(org:)+", "");
    if (!bare.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("role must be a name like admin or org:admin");
    }
    edits.organizationNeeded = true;
    edits.add(bare, TokenSpec::orgRole);
  }

  private static void factorAges(Edits edits, String value) {
    if (value.equals("none")) {
      edits.add(TokenSpec::withoutFactorAges);
      return;
    }
    List<String> ages = list(value);
    if (ages.size() != 2) {
      throw new IllegalArgumentException("fva must be two ages in minutes, like 0,-1, or none");
    }
    long first = number(ages.get(0), "fva");
    long second = number(ages.get(1), "fva");
    if (first < -1 || second < -1) {
      throw new IllegalArgumentException("fva ages must be -1 or at least 0");
    }
    edits.add(spec -> spec.factorAges(first, second));
  }

  private static String text(String value, String name) {
    if (value.isEmpty() || value.length() > 200 || !value.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
      throw new IllegalArgumentException(name + " must be 1 to 200 printable ASCII characters without spaces");
    }
    return value;
  }

  private static Duration seconds(String value, String name, long least, Duration most) {
    long seconds = number(value, name);
    if (seconds < least || seconds > most.toSeconds()) {
      throw new IllegalArgumentException(name + " must be between " + least + " and " + most.toSeconds()
          + " seconds");
    }
    return Duration.ofSeconds(seconds);
  }

  private static long number(String value, String name) {
    if (!value.matches("-?[0-9]{1,9}")) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
    return Long.parseLong(value);
  }

  private static String[] matching(String value, Pattern pattern, String message) {
    List<String> items = list(value);
    for (String item : items) {
      if (!pattern.matcher(item).matches()) {
        throw new IllegalArgumentException(message);
      }
    }
    return items.toArray(new String[0]);
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

  /** The checked parameters, gathered until every one is read; confined to one {@link #parse} call. */
  private static final class Edits {
    private final List<UnaryOperator<TokenSpec>> changes = new ArrayList<>();
    private @Nullable String orgId;
    private @Nullable String orgSlug;
    private boolean organizationNeeded;
    private boolean entitlements;
    private int version = TokenSpec.DEFAULT_CLAIMS_VERSION;

    void add(UnaryOperator<TokenSpec> change) {
      changes.add(change);
    }

    <T> void add(T value, BiFunction<TokenSpec, T, TokenSpec> setter) {
      changes.add(spec -> setter.apply(spec, value));
    }

    UnaryOperator<TokenSpec> finish() {
      if (version == 1 && entitlements) {
        throw new IllegalArgumentException("features and plans are v2 claims; use v=2");
      }
      List<UnaryOperator<TokenSpec>> all = new ArrayList<>(changes);
      if (orgId != null || organizationNeeded) {
        String id = orgId != null ? orgId : LocalIssuer.DEFAULT_ORG_ID;
        String slug = orgSlug != null ? orgSlug : LocalIssuer.DEFAULT_ORG_SLUG;
        all.add(spec -> spec.organization(id, slug));
      }
      List<UnaryOperator<TokenSpec>> fixed = List.copyOf(all);
      return spec -> {
        TokenSpec changed = Objects.requireNonNull(spec, "spec");
        for (UnaryOperator<TokenSpec> change : fixed) {
          changed = change.apply(changed);
        }
        return changed;
      };
    }
  }
}
