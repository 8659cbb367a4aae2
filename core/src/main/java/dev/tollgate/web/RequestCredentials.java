package dev.tollgate.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The part of an HTTP request that carries credentials: its header fields. Cookies are read from the
 * {@code Cookie} header fields, so an implementation needs no cookie support of its own.
 *
 * <p>Adapt a framework's request with a lambda, for example {@code name -> request.headers().all(name)}, or
 * copy a header map with {@link #of(Map)}. An implementation must answer from the request as it was when
 * {@link RequestAuthenticator} read it; the authenticator reads every header it needs before returning or,
 * for the asynchronous variant, before it starts waiting.
 */
@FunctionalInterface
public interface RequestCredentials {

  /**
   * All values of a header field, in the order they were received, one element per field line (values a
   * client folded into one line with commas stay one element).
   *
   * @param name the field name, matched case-insensitively, for example {@code "authorization"}
   * @return the values; an empty list or {@code null} when the request has no such field (both mean absent, so
   *     the JDK server's {@code Headers::get} can be passed as it is)
   */
  @Nullable List<String> headers(String name);

  /**
   * Credentials backed by a copy of a header map, for gateways and tests. Names are matched
   * case-insensitively; several map keys that differ only in case are merged in the map's iteration order.
   *
   * @param headers field names to their values; not {@code null}, no {@code null} names or values
   * @return an immutable, thread-safe view of the copy
   */
  static RequestCredentials of(Map<String, ? extends List<String>> headers) {
    Objects.requireNonNull(headers, "headers");
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach((name, values) -> {
      Objects.requireNonNull(name, "header name");
      Objects.requireNonNull(values, "header values");
      List<String> merged = copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>());
      for (String value : values) {
        merged.add(Objects.requireNonNull(value, "header value"));
      }
    });
    copy.replaceAll((name, values) -> List.copyOf(values));
    Map<String, List<String>> frozen = Map.copyOf(copy);
    return name -> frozen.getOrDefault(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT), List.of());
  }
}
