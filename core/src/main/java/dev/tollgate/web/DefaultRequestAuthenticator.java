package dev.tollgate.web;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.internal.Futures;
import dev.tollgate.web.TokenExtractor.Extracted;
import dev.tollgate.web.TokenExtractor.Found;
import dev.tollgate.web.TokenExtractor.Refused;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** The {@link RequestAuthenticator} of {@link RequestAuthenticator#of(SessionVerifier)}. Immutable and thread-safe. */
final class DefaultRequestAuthenticator implements RequestAuthenticator {

  /** Prefixes of Clerk's opaque machine tokens: M2M, OAuth access and API keys. */
  private static final List<String> MACHINE_PREFIXES = List.of("mt_", "oat_", "ak_");

  private final SessionVerifier verifier;
  private final TokenExtractor extractor;

  DefaultRequestAuthenticator(SessionVerifier verifier, TokenExtractor extractor) {
    this.verifier = verifier;
    this.extractor = extractor;
  }

  @Override
  public AuthResult authenticate(RequestCredentials request) {
    Extracted extracted = sessionToken(request);
    if (extracted instanceof Refused refused) {
      return refused.refusal();
    }
    String token = ((Found) extracted).token();
    try {
      return new AuthResult.SignedIn(verifier.verify(token));
    } catch (TokenVerificationException rejected) {
      return rejected(rejected);
    } catch (KeysUnavailableException unavailable) {
      return unavailable(unavailable);
    }
  }

  @Override
  public CompletionStage<AuthResult> authenticateAsync(RequestCredentials request) {
    Objects.requireNonNull(request, "request");
    Extracted extracted;
    try {
      extracted = sessionToken(request);
    } catch (RuntimeException adapterFailed) {
      // The caller's header function failed, not the token: an asynchronous answer, never a throw here.
      return CompletableFuture.failedFuture(adapterFailed);
    }
    if (extracted instanceof Refused refused) {
      return CompletableFuture.completedFuture(refused.refusal());
    }
    String token = ((Found) extracted).token();
    return verifier.verifyAsync(token).handle((session, error) -> {
      if (error == null) {
        return new AuthResult.SignedIn(session);
      }
      Throwable cause = Futures.unwrap(error);
      if (cause instanceof TokenVerificationException rejected) {
        return rejected(rejected);
      }
      if (cause instanceof KeysUnavailableException unavailable) {
        return unavailable(unavailable);
      }
      throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
    });
  }

  /** The request's token, or its refusal: no usable token, or an opaque machine token in the session slot. */
  private Extracted sessionToken(RequestCredentials request) {
    Objects.requireNonNull(request, "request");
    Extracted extracted = extractor.extract(request);
    if (extracted instanceof Found found && isMachineToken(found.token())) {
      return new Refused(machineToken());
    }
    return extracted;
  }

  private static boolean isMachineToken(String token) {
    for (String prefix : MACHINE_PREFIXES) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static AuthResult.SignedOut machineToken() {
    return new AuthResult.SignedOut(RejectionReason.TOKEN_TYPE_MISMATCH,
        "The token is a machine token, not a session token.");
  }

  // Both exceptions' constructors require a message, so getMessage() is never null here.
  private static AuthResult rejected(TokenVerificationException rejected) {
    return new AuthResult.SignedOut(rejected.reason(), Objects.requireNonNull(rejected.getMessage()));
  }

  private static AuthResult unavailable(KeysUnavailableException unavailable) {
    return new AuthResult.Unavailable(unavailable.retryAfter(), Objects.requireNonNull(unavailable.getMessage()));
  }

}
