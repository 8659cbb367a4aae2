package dev.tollgate.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** For tests: the user a fixture token is for. */
public final class TokenSubjects {

  /** The session's own {@code sub}, the payload's last claim (the actor's {@code sub} comes earlier). */
  private static final Pattern SUBJECT = Pattern.compile("\"sub\":\"(user_2[0-9A-Za-z]+)\"}$");

  private TokenSubjects() {}

  /**
   * @param token a token of the fixture
   * @return its user id, read from the payload without verifying it
   */
  public static String subject(String token) {
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    Matcher subject = SUBJECT.matcher(payload);
    if (!subject.find()) {
      throw new IllegalStateException("the token has no sub");
    }
    return subject.group(1);
  }
}
