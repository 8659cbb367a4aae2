/**
 * The one-command demo of the Spring Cloud Gateway example: {@link com.example.gateway.demo.GatewayDemo} starts the
 * examples' local development issuer, an upstream that shows the identity headers it received, and the gateway with
 * {@code clerk.jwks-url} pointing at the issuer; it prints {@code curl} lines, and with {@code --self-check} sends
 * them itself and exits 0 only if every answer is right.
 */
@NullMarked
package com.example.gateway.demo;

import org.jspecify.annotations.NullMarked;
