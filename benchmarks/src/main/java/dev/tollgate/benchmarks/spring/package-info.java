/**
 * The Spring Boot scenario: one small Spring Boot application on embedded Tomcat, secured once by Tollgate's
 * starter and once by Spring Security's OAuth 2.0 resource server against the same loopback JWKS, under the
 * keep-alive load of the endpoint scenario.
 *
 * <p>Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.benchmarks.spring;

import org.jspecify.annotations.NullMarked;
