package dev.tollgate.test.tokens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes organization permissions the way v2 session tokens carry them: permission names once in {@code o.per}
 * (ordered so that each feature's permissions decode in the order given),
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
    names = decodingOrder(names, namesByFeature.values());
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

  /**
   * A decoder lists a feature's permissions in {@code per} order, so {@code per} puts the names in an order that keeps
   * every feature's permissions in the order given: a stable topological sort, first-seen order breaking ties and
   * deciding between features that want opposite orders.
   */
  private static List<String> decodingOrder(List<String> firstSeen, Collection<List<String>> featureOrders) {
    int size = firstSeen.size();
    List<Set<Integer>> after = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      after.add(new LinkedHashSet<>());
    }
    int[] before = new int[size];
    for (List<String> order : featureOrders) {
      for (int i = 1; i < order.size(); i++) {
        int later = firstSeen.indexOf(order.get(i));
        if (after.get(firstSeen.indexOf(order.get(i - 1))).add(later)) {
          before[later]++;
        }
      }
    }
    List<String> sorted = new ArrayList<>();
    boolean[] placed = new boolean[size];
    for (int round = 0; round < size; round++) {
      int next = -1;
      for (int i = 0; i < size && next < 0; i++) {
        next = !placed[i] && before[i] == 0 ? i : -1;
      }
      for (int i = 0; i < size && next < 0; i++) {
        next = placed[i] ? -1 : i;
      }
      placed[next] = true;
      sorted.add(firstSeen.get(next));
      for (int later : after.get(next)) {
        before[later]--;
      }
    }
    return sorted;
  }

  private static boolean isOrgScoped(String entry) {
    String scope = entry.substring(0, entry.indexOf(':'));
    return scope.equals("o") || scope.equals("ou") || scope.equals("uo");
  }

  private static String name(String entry) {
    return entry.substring(entry.indexOf(':') + 1);
  }
}
