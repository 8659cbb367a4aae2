package dev.tollgate.testing;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;

/** What a caller sees of one verification, as a string to compare: the user id, the rejection code or "unavailable". */
public final class Answers {

  private Answers() {}

  /** @return the answer of {@link SessionVerifier#verify} */
  public static String verify(SessionVerifier verifier, String token) {
    try {
      return verifier.verify(token).userId();
    } catch (TokenVerificationException rejected) {
      return rejected.reason().code();
    } catch (KeysUnavailableException unavailable) {
      return "unavailable";
    }
  }

  /** @return the answer of {@link SessionVerifier#verifyAsync}, waiting for it; any other failure as "unexpected" */
  public static String verifyAsync(SessionVerifier verifier, String token) {
    return verifier.verifyAsync(token).toCompletableFuture().handle((session, error) -> {
      if (error == null) {
        return session.userId();
      }
      return error instanceof TokenVerificationException rejected ? rejected.reason().code()
          : error instanceof KeysUnavailableException ? "unavailable" : "unexpected " + error;
    }).join();
  }
}
