package dev.tollgate.spring.security.reactive;

import dev.tollgate.spring.testing.CredentialScenarios;
import dev.tollgate.spring.testing.ReactiveScenarioTest;

/** Which exchanges carry a credential, on the reactive side: {@link CredentialScenarios}, as on the servlet side. */
class ClerkServerAuthenticationConverterTest extends ReactiveScenarioTest implements CredentialScenarios {}
