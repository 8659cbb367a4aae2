/**
 * A Spring Cloud Gateway application secured by {@code tollgate-spring-cloud-gateway}:
 * {@link com.example.gateway.GatewayApplication} and {@code application.yml}, with no security code of its own.
 * {@code com.example.gateway.demo} runs it against a local development issuer and an upstream that shows what it
 * received.
 */
@NullMarked
package com.example.gateway;

import org.jspecify.annotations.NullMarked;
