/**
 * For tests only: Spring MockMvc and WebTestClient helpers that send a real session token through an application's
 * real security chain. Needs {@code spring-test} (and, for WebTestClient, {@code spring-webflux}) on the test class
 * path; the rest of the kit does not.
 */
@NullMarked
package dev.tollgate.test.spring;

import org.jspecify.annotations.NullMarked;
