package dev.tollgate.test.tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes organization permissions the way v2 session tokens carry them: permission names once in {@code o.per},
 * and in {@code o.fpm} one decimal bitmask per organization-scoped feature of {@code fea} (scopes {@code o},
 * {@code ou}, {@code uo}, in {@code fea} order), bit <i>j</i> (least significant first) granting the <i>j</i>-th name
 * of {@code per}. Features that permissions need but {@code fea} lacks are appended as {@code o:<feature>}. This is
 * the layout Clerk's JavaScript SDK decodes ({@code jwtPayloadParser.ts}). Immutable.
 */
record CompactOrgClaim(List<String> features, String per, String fpm) {

  /** An organization permission key, {@code org:<feature>:<permission>}. */
  static final Pattern PERMISSION = Pattern.compile("org:([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)");
  /** Most distinct permission names one token may carry here (bits of a {@code long} mask). */
  static final int MAX_PERMISSION_NAMES = 62;

  /**
   * @param features the requested {@code fea} entries, {@code scope:name}
   * @param permissions {@code org:<feature>:<permission>} keys
   * @return the encoding
   * @throws IllegalArgumentException if a permission is malformed or there are more than
   *     {@link #MAX_PERMISSION_NAMES} distinct permission names
   */
  static CompactOrgClaim encode(List<String> features, List<String> permissions) {
    Map<String, List<String>> namesByFeature = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (String permission : permissions) {
      Matcher key = PERMISSION.matcher(permission);
      if (!key.matches()) {
        throw new IllegalArgumentException("permissions must look like org:<feature>:<permission>");
      }
      namesByFeature.computeIfAbsent(key.group(1), feature -> new ArrayList<>()).add(key.group(2));
      if (!names.contains(key.group(2))) {
        names.add(key.group(2));
      }
    }
    if (names.size() > MAX_PERMISSION_NAMES) {
      throw new IllegalArgumentException("permissions may use at most " + MAX_PERMISSION_NAMES + " distinct names");
    }
    List<String> fea = new ArrayList<>(features);
    for (String feature : namesByFeature.keySet()) {
      if (fea.stream().noneMatch(entry -> isOrgScoped(entry) && name(entry).equals(feature))) {
        fea.add("o:" + feature);
      }
    }
    List<String> masks = new ArrayList<>();
    for (String entry : fea) {
      if (isOrgScoped(entry)) {
        long mask = 0;
        for (String granted : namesByFeature.getOrDefault(name(entry), List.of())) {
          mask |= 1L << names.indexOf(granted);
        }
        masks.add(Long.toString(mask));
      }
    }
    return new CompactOrgClaim(List.copyOf(fea), String.join(",", names), String.join(",", masks));
  }

  private static boolean isOrgScoped(String entry) {
    String scope = entry.substring(0, entry.indexOf(':'));
    return scope.equals("o") || scope.equals("ou") || scope.equals("uo");
  }

  private static String name(String entry) {
    return entry.substring(entry.indexOf(':') + 1);
  }
}
