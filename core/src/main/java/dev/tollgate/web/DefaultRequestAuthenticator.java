package dev.tollgate.web;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.internal.Futures;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** The {@link RequestAuthenticator} built by {@link RequestAuthenticatorBuilder}. Immutable and thread-safe. */
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
    TokenExtractor.Extracted extracted = sessionToken(request);
    if (extracted.refusal != null) {
      return extracted.refusal;
    }
    String token = Objects.requireNonNull(extracted.token);
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
    TokenExtractor.Extracted extracted;
    try {
      extracted = sessionToken(request);
    } catch (RuntimeException adapterFailed) {
      // The caller's header function failed, not the token: an asynchronous answer, never a throw here.
      return CompletableFuture.failedFuture(adapterFailed);
    }
    if (extracted.refusal != null) {
      return CompletableFuture.completedFuture(extracted.refusal);
    }
    String token = Objects.requireNonNull(extracted.token);
    return verifier.verifyAsync(token).handle((session, error) -> {
      if (error == null) {
        return new AuthResult.SignedIn(session);
      }
      Throwable cause = Futures.unwrap(error);
      if (cause instanceof TokenVerificationException) {
        return rejected((TokenVerificationException) cause);
      }
      if (cause instanceof KeysUnavailableException) {
        return unavailable((KeysUnavailableException) cause);
      }
      throw cause instanceof CompletionException ? (CompletionException) cause : new CompletionException(cause);
    });
  }

  /** The request's token, or its refusal: no usable token, or an opaque machine token in the session slot. */
  private TokenExtractor.Extracted sessionToken(RequestCredentials request) {
    Objects.requireNonNull(request, "request");
    TokenExtractor.Extracted extracted = extractor.extract(request);
    if (extracted.refusal == null && isMachineToken(Objects.requireNonNull(extracted.token))) {
      return TokenExtractor.Extracted.refused(machineToken());
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
    return new AuthResult.SignedOut(AuthResult.SignedOut.REASON_TOKEN_TYPE_MISMATCH,
        "The token is a machine token, not a session token.", BearerError.INVALID_TOKEN);
  }

  // Both exceptions' constructors require a message, so getMessage() is never null here.
  private static AuthResult rejected(TokenVerificationException rejected) {
    return new AuthResult.SignedOut(rejected.reason().code(), Objects.requireNonNull(rejected.getMessage()),
        BearerError.INVALID_TOKEN);
  }

  private static AuthResult unavailable(KeysUnavailableException unavailable) {
    return new AuthResult.Unavailable(unavailable.retryAfter(), Objects.requireNonNull(unavailable.getMessage()));
  }

}
