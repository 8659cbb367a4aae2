package dev.tollgate;

/** Clerk's {@code org:} prefix rule for roles and permissions: any run of leading {@code org:} becomes one. */
final class OrgNames {

  private static final String PREFIX = "org:";

  private OrgNames() {}

  static String normalize(String name) {
    int start = 0;
    while (name.startsWith(PREFIX, start)) {
      start += PREFIX.length();
    }
    return start == PREFIX.length() ? name : PREFIX + name.substring(start);
  }
}
