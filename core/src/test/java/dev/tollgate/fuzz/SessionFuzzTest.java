package dev.tollgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.Actor;
import dev.tollgate.AuthorizationCheck;
import dev.tollgate.AuthorizationCheckBuilder;
import dev.tollgate.FactorVerificationAge;
import dev.tollgate.KeysUnavailableException;
import dev.tollgate.Organization;
import dev.tollgate.Reverification;
import dev.tollgate.Session;
import dev.tollgate.TokenVerificationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of accepted {@link Session}s: tokens with acceptable headers and registered claims
 * and fuzzed optional claims ({@code act}, {@code o}, {@code org_*}, {@code fea}, {@code pla}, {@code fva},
 * {@code sts}, {@code v}, extra members), validly signed with the test key, asked about arbitrary names.
 *
 * <p>Names are asked through {@link AuthorizationCheck}, whose factories refuse blank roles and permissions
 * and features or plans that are not {@code name} or {@code scope:name} with a known scope
 * ({@link IllegalArgumentException}); {@link Session#hasRole(String)} and its siblings must refuse exactly the
 * names the factories refuse, and {@link Session#has(AuthorizationCheck)} must answer every check it is given.
 *
 * <p>In {@code mvn verify} the fuzz tests replay
 * {@code src/test/resources/dev/tollgate/fuzz/SessionFuzzTestInputs/<method>/} and the {@code ...OnSeededInputs}
 * tests run a fixed-seed budget. To fuzz longer:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -o -B test -pl core -Djazzer.hooks=true \
 *     -Dtest='SessionFuzzTest#sessionWhenAcceptedThenEveryAccessorAndCheckAnswers'
 * }</pre>
 */
class SessionFuzzTest {

  private static final int SEEDED_TRIES = 300;
  private static final List<String> NAMES = List.of("", " ", "\t", "org:", ":", "o:", "u:", "org:admin", "admin",
      "user:dashboard", "o:reservations", "reservations", "x:y", "a,b", "org:invoices:manage", "invoices:manage",
      "organization:pro", "u:pro", "pro", "\u0000", "org:sys_memberships:read");

  @FuzzTest
  void sessionWhenAcceptedThenEveryAccessorAndCheckAnswers(byte @Nullable [] input) {
    FuzzInput in = FuzzInput.of(input);
    Session session = accepted(in);
    if (session == null) {
      return;
    }
    readEverything(session);
    for (int i = 0; i < 4; i++) {
      ask(session, in);
    }
  }

  @Test
  void sessionWhenAcceptedThenEveryAccessorAndCheckAnswersOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::sessionWhenAcceptedThenEveryAccessorAndCheckAnswers);
  }

  /** {@code toString()} shows ids, status and expiry, never the token or a segment of it. */
  @FuzzTest
  void sessionToStringWhenAcceptedThenNeverEchoesToken(byte @Nullable [] input) {
    Session session = accepted(FuzzInput.of(input));
    if (session == null) {
      return;
    }
    String shown = session.toString();
    // What toString() is documented to show comes from decoded claims, which may spell anything.
    List<String> printed = new ArrayList<>(List.of(session.sessionId(), session.userId()));
    session.organization().ifPresent(org -> printed.add(org.id()));
    session.actor().ifPresent(actor -> printed.add(actor.subject()));
    for (String value : printed) {
      shown = shown.replace(value, " ");
    }
    TokenEchoes.assertNoTokenIn("Session.toString()", shown, session.token());
  }

  @Test
  void sessionToStringWhenAcceptedThenNeverEchoesTokenOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::sessionToStringWhenAcceptedThenNeverEchoesToken);
  }

  private static @Nullable Session accepted(FuzzInput in) {
    try {
      return FuzzTargets.VERIFIER.verify(TokenTexts.resigned(in, true));
    } catch (TokenVerificationException | KeysUnavailableException rejected) {
      return null; // A fuzzed sts or act can be refused; the other property covers rejections.
    }
  }

  private static void readEverything(Session session) {
    assertFalse(session.sessionId().isEmpty(), "sessionId() is never empty");
    assertFalse(session.userId().isEmpty(), "userId() is never empty");
    session.status().claimValue();
    session.isImpersonated();
    session.actor().ifPresent(SessionFuzzTest::readActor);
    session.organization().ifPresent(SessionFuzzTest::readOrganization);
    session.factorVerificationAge().ifPresent(SessionFuzzTest::readAges);
    walk(session.features());
    walk(session.plans());
    session.authorizedParty();
    session.issuer();
    walk(session.audience());
    session.tokenId();
    session.issuedAt();
    session.notBefore();
    session.expiresAt();
    session.claimsVersion();
    walk(session.claims());
    session.token();
    assertEquals(session, session, "a session equals itself");
    assertEquals(session.hashCode(), session.hashCode(), "hashCode is stable");
    assertNotNull(session.toString(), "toString answers");
    assertThrows(UnsupportedOperationException.class, () -> session.claims().put("sub", "x"),
        "claims() is unmodifiable");
  }

  private static void readActor(Actor actor) {
    assertFalse(actor.subject().isEmpty(), "an actor's subject is never empty");
    actor.issuer();
    actor.sessionId();
    actor.type();
    walk(actor.claims());
    assertNotNull(actor.toString(), "toString answers");
  }

  private static void readOrganization(Organization organization) {
    assertFalse(organization.id().isEmpty(), "an organization id is never empty");
    organization.slug();
    organization.role();
    walk(organization.permissions());
    assertEquals(organization.hashCode(), organization.hashCode(), "hashCode is stable");
    assertNotNull(organization.toString(), "toString answers");
  }

  private static void readAges(FactorVerificationAge ages) {
    ages.firstFactor();
    ages.secondFactor();
    ages.firstFactorMinutes();
    ages.secondFactorMinutes();
    assertNotNull(ages.toString(), "toString answers");
  }

  private static void walk(@Nullable Object value) {
    if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((name, member) -> walk(member));
    } else if (value instanceof List) {
      ((List<?>) value).forEach(SessionFuzzTest::walk);
    } else {
      assertNotNull(String.valueOf(value), "every claim value prints");
    }
  }

  /** Asks one arbitrary name in every form, and a combined check with a reverification. */
  private static void ask(Session session, FuzzInput in) {
    String name = in.chance(8) ? in.pick(NAMES) : in.text(24);
    askName(name, AuthorizationCheck::role, session::hasRole, session);
    askName(name, AuthorizationCheck::permission, session::hasPermission, session);
    askName(name, AuthorizationCheck::feature, session::hasFeature, session);
    askName(name, AuthorizationCheck::plan, session::hasPlan, session);
    Reverification reverification = reverification(in);
    session.isReverified(reverification);
    session.has(AuthorizationCheck.reverification(reverification));
    AuthorizationCheckBuilder combined = AuthorizationCheck.builder().reverification(reverification);
    try {
      if (in.chance(8)) {
        combined.role(name);
      } else {
        combined.permission(name);
      }
      if (in.chance(8)) {
        combined.feature(in.pick(NAMES));
      } else {
        combined.plan(in.pick(NAMES));
      }
    } catch (IllegalArgumentException refusedName) {
      // The builder refuses the same names as the factories; what it accepted so far is still a check.
    }
    session.has(combined.build());
  }

  /**
   * The check factory may refuse the name; then the shortcut must refuse it the same way, else both must
   * answer, and alike.
   */
  private static void askName(String name, Function<String, AuthorizationCheck> factory,
      Function<String, Boolean> shortcut, Session session) {
    AuthorizationCheck check;
    try {
      check = factory.apply(name);
    } catch (IllegalArgumentException refused) {
      assertThrows(IllegalArgumentException.class, () -> shortcut.apply(name),
          () -> "the shortcut accepts a name its check refuses: '" + name + "'");
      return;
    }
    assertEquals(session.has(check), shortcut.apply(name), () -> "has(check) and the shortcut differ on '" + name
        + "'");
  }

  private static Reverification reverification(FuzzInput in) {
    return switch (in.pick(6)) {
      case 0 -> Reverification.STRICT_MFA;
      case 1 -> Reverification.STRICT;
      case 2 -> Reverification.MODERATE;
      case 3 -> Reverification.LAX;
      default -> Reverification.of(in.pick(List.of(Reverification.Level.values())),
          in.chance(8) ? 1 + in.pick(2000) : Math.max(1, in.nextInt() & Integer.MAX_VALUE));
    };
  }
}
