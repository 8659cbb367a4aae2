package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationCheckTest {

  @Test
  void builderWhenCombiningDimensionsThenEachIsKept() {
    AuthorizationCheck check = AuthorizationCheck.builder().role("org:admin").feature("user:dashboard")
        .reverification(Reverification.STRICT).build();

    assertEquals("org:admin", check.role().orElseThrow());
    assertEquals("user:dashboard", check.feature().orElseThrow());
    assertEquals(Reverification.STRICT, check.reverification().orElseThrow());
    assertEquals(Optional.empty(), check.permission(), "permission");
    assertEquals(Optional.empty(), check.plan(), "plan");
    assertEquals("AuthorizationCheck[role=org:admin feature=user:dashboard reverification=Reverification[strict: "
        + "second_factor within 10 min]]", check.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "team:x", "org:", "user:a:b", "a,b", ":x"})
  void featureWhenNotNameOrKnownScopeThenIllegalArgument(String feature) {
    assertThrows(IllegalArgumentException.class, () -> AuthorizationCheck.feature(feature));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "o:x", "org:x", "organization:x", "u:x", "user:x"})
  void featureWhenNameOrKnownScopeThenAccepted(String feature) {
    assertEquals(feature, AuthorizationCheck.feature(feature).feature().orElseThrow());
  }

  @Test
  void roleWhenBlankThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> AuthorizationCheck.role(" "));
    assertThrows(NullPointerException.class, () -> AuthorizationCheck.permission(null));
  }

  @Test
  void builderWhenPermissionFeatureOrPlanIsSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().permission("a").permission("b"));
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().feature("a").feature("b"));
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().plan("a").plan("b"));
  }

  @Test
  void planWhenAskedThenKeptAsGiven() {
    assertEquals("org:business", AuthorizationCheck.plan("org:business").plan().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"o::x", ",x", "o:,x"})
  void featureWhenNameStartsWithASeparatorThenIllegalArgument(String feature) {
    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> AuthorizationCheck.feature(feature));

    assertEquals("feature must be 'name' or 'scope:name': '" + feature + "'", rejected.getMessage());
  }

  @Test
  void featureWhenScopeIsEmptyThenTheScopeIsNamed() {
    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> AuthorizationCheck.feature(":x"));

    assertEquals("feature scope must be org, o, organization, user or u: ':x'", rejected.getMessage());
  }
}
