package dev.tollgate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the v2 {@code o.per} / {@code o.fpm} pair into {@code org:<feature>:<permission>} keys, as Clerk's
 * JavaScript SDK does: {@code fpm} holds one decimal bitmask per organization-scoped feature of {@code fea}
 * (scopes {@code o}, {@code ou}, {@code uo}, in order); bit <i>j</i> (least significant first) grants the
 * <i>j</i>-th name of {@code per}. Masks are exact at any width. A mask that is not all digits grants nothing
 * for its feature; bits beyond {@code per} are ignored; without {@code per} or {@code fpm} nothing is granted.
 */
final class OrgPermissions {

  /** Longest mask accepted, in digits; far beyond any real permission list, and cheap to parse. */
  private static final int MAX_MASK_DIGITS = 100;

  private OrgPermissions() {}

  static List<String> decode(Entitlements features, @Nullable Object per, @Nullable Object fpm) {
    if (!(per instanceof String permissionList) || !(fpm instanceof String maskList) || features.isMalformed()) {
      return List.of();
    }
    String[] permissions = split(permissionList);
    String[] masks = split(maskList);
    List<String> orgFeatures = features.orgNames();
    List<String> granted = new ArrayList<>();
    for (int f = 0; f < orgFeatures.size() && f < masks.length; f++) {
      BigInteger mask = parseMask(masks[f]);
      if (mask == null) {
        continue;
      }
      for (int bit = 0; bit < permissions.length; bit++) {
        if (mask.testBit(bit) && !permissions[bit].isEmpty()) {
          granted.add("org:" + orgFeatures.get(f) + ":" + permissions[bit]);
        }
      }
    }
    return granted;
  }

  private static String[] split(String list) {
    if (list.isEmpty()) {
      return new String[0];
    }
    String[] parts = list.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].trim();
    }
    return parts;
  }

  private static @Nullable BigInteger parseMask(String digits) {
    if (digits.isEmpty() || digits.length() > MAX_MASK_DIGITS) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return new BigInteger(digits);
  }
}
