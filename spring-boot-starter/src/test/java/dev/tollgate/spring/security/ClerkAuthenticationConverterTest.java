package dev.tollgate.spring.security;

import dev.tollgate.spring.testing.CredentialScenarios;
import dev.tollgate.spring.testing.ScenarioTest;

/** Which requests carry a credential, on the servlet side: {@link CredentialScenarios}. */
class ClerkAuthenticationConverterTest extends ScenarioTest implements CredentialScenarios {}
