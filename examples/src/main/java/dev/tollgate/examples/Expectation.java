package dev.tollgate.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a right answer looks like: a status, and optionally JSON members and headers with exact values, or
 * members that must be absent. {@link #mismatch(Answer)} names the first thing that differs. Immutable once
 * built; the {@code with*} methods return new objects. Thread-safe.
 */
public final class Expectation {

  private final int status;
  private final List<String> summary;
  private final List<Function<Answer, Optional<String>>> checks;

  private Expectation(int status, List<String> summary, List<Function<Answer, Optional<String>>> checks) {
    this.status = status;
    this.summary = List.copyOf(summary);
    this.checks = List.copyOf(checks);
  }

  /**
   * @param status the HTTP status a right answer has
   * @return an expectation of that status only
   */
  public static Expectation status(int status) {
    return new Expectation(status, List.of(Integer.toString(status)), List.of());
  }

  /**
   * @param path a JSON member path, see {@link Answer#json(String)}
   * @param value its expected value, compared as text ({@code 10} matches the JSON number 10)
   * @return a new expectation with this member too
   */
  public Expectation json(String path, Object value) {
    String expected = String.valueOf(Objects.requireNonNull(value, "value"));
    return with(path + "=" + expected, answer -> {
      String actual = answer.jsonText(path);
      return expected.equals(actual) ? Optional.empty()
          : Optional.of(path + " is " + (actual == null ? "absent" : "'" + actual + "'") + ", expected '"
              + expected + "'");
    });
  }

  /**
   * @param path a JSON member path
   * @return a new expectation where this member is absent or JSON null
   */
  public Expectation jsonAbsent(String path) {
    return with(path + " absent", answer -> answer.json(path).isEmpty() ? Optional.empty()
        : Optional.of(path + " is '" + answer.jsonText(path) + "', expected it absent"));
  }

  /**
   * @param name a header name
   * @param value its exact expected first value
   * @return a new expectation with this header too
   */
  public Expectation header(String name, String value) {
    return with(name + ": " + value, answer -> {
      Optional<String> actual = answer.header(name);
      return actual.equals(Optional.of(value)) ? Optional.empty()
          : Optional.of("header " + name + " is " + actual.map(v -> "'" + v + "'").orElse("absent")
              + ", expected '" + value + "'");
    });
  }

  /**
   * @param name a header name
   * @param prefix what its first value must start with
   * @return a new expectation with this header too
   */
  public Expectation headerStartingWith(String name, String prefix) {
    return with(name + ": " + prefix + "...", answer -> {
      Optional<String> actual = answer.header(name);
      return actual.isPresent() && actual.get().startsWith(prefix) ? Optional.empty()
          : Optional.of("header " + name + " is " + actual.map(v -> "'" + v + "'").orElse("absent")
              + ", expected it to start with '" + prefix + "'");
    });
  }

  /**
   * @param text what the body must contain
   * @return a new expectation with this too
   */
  public Expectation bodyContains(String text) {
    return with("body contains '" + text + "'", answer -> answer.body().contains(text) ? Optional.empty()
        : Optional.of("the body does not contain '" + text + "'"));
  }

  /**
   * @param name a header name
   * @return a new expectation where this header is present with any value
   */
  public Expectation headerPresent(String name) {
    return with(name + " present", answer -> answer.header(name).isPresent() ? Optional.empty()
        : Optional.of("header " + name + " is absent"));
  }

  private Expectation with(String description, Function<Answer, Optional<String>> check) {
    List<String> moreSummary = new ArrayList<>(summary);
    moreSummary.add(description);
    List<Function<Answer, Optional<String>>> moreChecks = new ArrayList<>(checks);
    moreChecks.add(check);
    return new Expectation(status, moreSummary, moreChecks);
  }

  /**
   * @param answer an answer
   * @return what differs first, or empty when the answer is right
   */
  public Optional<String> mismatch(Answer answer) {
    if (answer.status() != status) {
      String reason = answer.jsonText("reason");
      return Optional.of("status " + answer.status() + (reason == null ? "" : " (" + reason + ")") + ", expected "
          + status);
    }
    for (Function<Answer, Optional<String>> check : checks) {
      Optional<String> problem = check.apply(answer);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return String.join(", ", summary);
  }
}
