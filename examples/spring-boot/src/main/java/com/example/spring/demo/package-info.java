/**
 * The one-command demo of the Spring Boot example: {@link com.example.spring.demo.SpringDemo} starts the examples'
 * local development issuer and the application with {@code clerk.jwks-url} pointing at it, prints {@code curl}
 * lines, and with {@code --self-check} sends them itself and exits 0 only if every answer is right.
 */
@NullMarked
package com.example.spring.demo;

import org.jspecify.annotations.NullMarked;
